package stockassistant.adapters.persistence.quote;

import java.util.EnumSet;
import java.util.List;
import stockassistant.adapters.persistence.bulk.MetricTable;
import stockassistant.domain.quote.BarMetric;

/** The statements of {@link DailyBarMapper}, derived from {@link BarMetric} (MyBatis providers). */
public final class BarSql {
  static final MetricTable<BarMetric> TABLE =
      new MetricTable<>("stock_daily", List.of("third_code", "trade_date"), BarMetric.class);

  private static final String RANGE_WHERE =
      " FROM stock_daily d WHERE d.third_code = #{code} AND d.trade_date BETWEEN #{from} AND #{to}"
      + " ORDER BY d.trade_date LIMIT #{limit}";
  private static final String PRICE_RANGE =
      "SELECT " + TABLE.select(BarMetric.PRICE_BAR, "d") + RANGE_WHERE;
  private static final String FULL_RANGE =
      "SELECT " + TABLE.select(EnumSet.allOf(BarMetric.class), "d") + RANGE_WHERE;
  private static final String LATEST = "SELECT "
      + TABLE.select(EnumSet.allOf(BarMetric.class), "d") + " FROM stock_daily d"
      + " WHERE d.third_code = #{code} ORDER BY d.trade_date DESC LIMIT 1";
  // after = '' starts at the first code: every code sorts after the empty string
  private static final String CROSS_SECTION = "SELECT "
      + TABLE.select(EnumSet.allOf(BarMetric.class), "d") + ", s.name AS stock_name"
      + " FROM stock_daily d LEFT JOIN stock_info s ON s.third_code = d.third_code"
      + " WHERE d.trade_date = #{tradeDate} AND d.third_code > #{after}"
      + " ORDER BY d.third_code LIMIT #{limit}";

  private BarSql() {}

  public static String priceBars() {
    return PRICE_RANGE;
  }

  public static String fullBars() {
    return FULL_RANGE;
  }

  public static String latest() {
    return LATEST;
  }

  public static String crossSection() {
    return CROSS_SECTION;
  }
}
