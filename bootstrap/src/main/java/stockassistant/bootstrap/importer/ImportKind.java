package stockassistant.bootstrap.importer;

import java.util.Collection;
import java.util.Locale;

/** What a file holds, named as on the command line; detected from its header when not given. */
public enum ImportKind {
  BARS,
  FINANCE,
  STOCKS;

  public static ImportKind parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }

  /** trade_date means bars, end_date means finance, a name column means stocks. */
  public static ImportKind detect(Collection<String> header) {
    if (header.contains("trade_date")) {
      return BARS;
    }
    if (header.contains("end_date")) {
      return FINANCE;
    }
    if (header.contains("name") || header.contains("symbol")) {
      return STOCKS;
    }
    throw new IllegalArgumentException("cannot tell what the file holds from its columns "
        + "(expected trade_date, end_date or name); use --kind");
  }
}
