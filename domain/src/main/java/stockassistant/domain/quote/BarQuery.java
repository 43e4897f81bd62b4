package stockassistant.domain.quote;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import stockassistant.domain.InvalidField;
import stockassistant.domain.stock.ThirdCode;

/**
 * What one bar read asks for, whatever its route or format: of which codes (one, several, or
 * every code when the list is empty), which days (from..to inclusive, a null end unbounded, and
 * at most the newest
 * {@code newest} rows when given), which metric columns (with the stock's name beside them when
 * asked), only rows whose {@code knownMetric} is not null (when given), and in which order.
 * The repository reads it a bounded page at a time ({@link QuoteRepository#bars}).
 */
public record BarQuery(List<ThirdCode> codes, LocalDate from, LocalDate to, Integer newest,
    Set<BarMetric> columns, BarMetric knownMetric, boolean withStockNames, Order order) {

  /** The two orders a bar read comes in. */
  public enum Order {
    /** third_code, then trade_date, ascending: a range, a panel, a cross-section. */
    CODE_THEN_DAY,
    /** trade_date descending, then third_code ascending: as Tushare answers, the latest bar. */
    NEWEST_FIRST
  }

  public BarQuery {
    InvalidField.requirePresent("third_codes", codes);
    InvalidField.requirePresent("columns", columns);
    codes = List.copyOf(codes);
    columns = columns.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(columns));
    if (newest != null && (newest < 1 || order != Order.NEWEST_FIRST)) {
      throw new IllegalArgumentException("newest N is a positive count of a newest-first read");
    }
  }

  /** One code's bars from..to, ascending by trade_date. */
  public static BarQuery range(ThirdCode code, LocalDate from, LocalDate to,
      Set<BarMetric> columns) {
    return new BarQuery(List.of(code), from, to, null, columns, null, false, Order.CODE_THEN_DAY);
  }

  /** Every code's bars of one day, by third_code, with the stock's name. */
  public static BarQuery day(LocalDate day, Set<BarMetric> columns) {
    return new BarQuery(List.of(), day, day, null, columns, null, true, Order.CODE_THEN_DAY);
  }

  /** The newest {@code count} bars of one code, newest first. */
  public static BarQuery newest(ThirdCode code, int count, Set<BarMetric> columns) {
    return new BarQuery(List.of(code), null, null, count, columns, null, false,
        Order.NEWEST_FIRST);
  }

  /** Bars of these codes (none: every code) from..to, newest first, then by code. */
  public static BarQuery newestFirst(List<ThirdCode> codes, LocalDate from, LocalDate to,
      Set<BarMetric> columns, BarMetric knownMetric) {
    return new BarQuery(codes, from, to, null, columns, knownMetric, false, Order.NEWEST_FIRST);
  }

  /** The same query over other days. */
  public BarQuery between(LocalDate otherFrom, LocalDate otherTo) {
    return new BarQuery(codes, otherFrom, otherTo, newest, columns, knownMetric, withStockNames,
        order);
  }

  /** The same query reading other columns. */
  public BarQuery reading(Set<BarMetric> otherColumns) {
    return new BarQuery(codes, from, to, newest, otherColumns, knownMetric, withStockNames, order);
  }

  /** The one code every row has, or null when rows may have several. */
  public ThirdCode singleCode() {
    return codes.size() == 1 ? codes.get(0) : null;
  }

  /** Whether every row is of one day. */
  public boolean singleDay() {
    return from != null && from.equals(to);
  }
}
