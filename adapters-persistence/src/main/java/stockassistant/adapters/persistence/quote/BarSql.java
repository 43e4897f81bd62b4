package stockassistant.adapters.persistence.quote;

import java.util.EnumSet;
import java.util.List;
import stockassistant.adapters.persistence.bulk.MetricTable;
import stockassistant.domain.quote.BarMetric;

/**
 * The statements on stock_daily, derived from {@link BarMetric}: the MyBatis providers of
 * {@link DailyBarMapper}, and the page queries {@link BarPageReader} runs with plain JDBC
 * ({@code ?} parameters, same select lists).
 */
public final class BarSql {
  static final MetricTable<BarMetric> TABLE =
      new MetricTable<>("stock_daily", List.of("third_code", "trade_date"), BarMetric.class);

  private static final String RANGE_WHERE =
      " FROM stock_daily d WHERE d.third_code = ? AND d.trade_date BETWEEN ? AND ?"
      + " ORDER BY d.trade_date LIMIT ?";
  static final String PRICE_RANGE =
      "SELECT " + TABLE.select(BarMetric.PRICE_BAR, "d") + RANGE_WHERE;
  static final String FULL_RANGE =
      "SELECT " + TABLE.select(EnumSet.allOf(BarMetric.class), "d") + RANGE_WHERE;
  private static final String LATEST = "SELECT "
      + TABLE.select(EnumSet.allOf(BarMetric.class), "d") + " FROM stock_daily d"
      + " WHERE d.third_code = #{code} ORDER BY d.trade_date DESC LIMIT 1";
  /**
   * A keyset page of one day: with the index on (trade_date, third_code) an index range scan
   * that starts at the key and stops after the limit, already in order.
   * {@code after = ''} starts at the first code: every code sorts after the empty string.
   */
  static final String CROSS_SECTION = "SELECT "
      + TABLE.select(EnumSet.allOf(BarMetric.class), "d") + ", s.name AS stock_name"
      + " FROM stock_daily d LEFT JOIN stock_info s ON s.third_code = d.third_code"
      + " WHERE d.trade_date = ? AND d.third_code > ?"
      + " ORDER BY d.third_code LIMIT ?";

  private BarSql() {}

  public static String latest() {
    return LATEST;
  }
}
