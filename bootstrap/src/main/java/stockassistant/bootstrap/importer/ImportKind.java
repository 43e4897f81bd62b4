package stockassistant.bootstrap.importer;

import java.util.Collection;

/** What a file holds, named as on the command line; detected from its columns when not given. */
public enum ImportKind {
  BARS,
  FINANCE,
  STOCKS;

  /** trade_date means bars, end_date means finance, a name or symbol column means stocks. */
  public static ImportKind detect(Collection<String> columns) {
    if (columns.contains("trade_date")) {
      return BARS;
    }
    if (columns.contains("end_date")) {
      return FINANCE;
    }
    if (columns.contains("name") || columns.contains("symbol")) {
      return STOCKS;
    }
    throw new IllegalArgumentException("cannot tell what it holds from its columns "
        + "(expected trade_date, end_date or name); use --kind");
  }
}
