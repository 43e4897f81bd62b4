package stockassistant.bootstrap.importer;

import java.util.Collection;

/** What a file holds, named as on the command line; detected from its columns when not given. */
public enum ImportKind {
  BARS,
  FINANCE,
  STOCKS,
  /** Tushare's trade_cal: exchange, cal_date, is_open, pretrade_date. */
  CALENDAR,
  /** Tushare's suspend_d: ts_code, trade_date, suspend_timing, suspend_type. */
  SUSPENSIONS;

  /**
   * cal_date means a calendar, suspend_type or suspend_timing suspensions, trade_date bars,
   * end_date finance, a name or symbol column stocks.
   */
  public static ImportKind detect(Collection<String> columns) {
    if (columns.contains("cal_date")) {
      return CALENDAR;
    }
    if (columns.contains("suspend_type") || columns.contains("suspend_timing")) {
      return SUSPENSIONS;
    }
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
        + "(expected trade_date, end_date, name, cal_date or suspend_type); use --kind");
  }
}
