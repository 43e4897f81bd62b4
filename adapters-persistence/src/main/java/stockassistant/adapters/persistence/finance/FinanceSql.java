package stockassistant.adapters.persistence.finance;

import java.util.EnumSet;
import java.util.List;
import stockassistant.adapters.persistence.bulk.MetricTable;
import stockassistant.domain.finance.FinanceMetric;

/** The statements of {@link FinanceMapper}, derived from {@link FinanceMetric}. */
public final class FinanceSql {
  static final MetricTable<FinanceMetric> TABLE = new MetricTable<>("stock_finance",
      List.of("third_code", "ann_date", "end_date"), FinanceMetric.class);

  private static final String RECENT = "SELECT "
      + TABLE.select(EnumSet.allOf(FinanceMetric.class), "f") + " FROM stock_finance f"
      + " WHERE f.third_code = #{code} ORDER BY f.end_date DESC, f.ann_date DESC LIMIT #{limit}";

  /** One row per period: DISTINCT ON keeps the first of each end_date, the newest revision. */
  private static final String AS_OF = "SELECT DISTINCT ON (f.end_date) "
      + TABLE.select(EnumSet.allOf(FinanceMetric.class), "f") + " FROM stock_finance f"
      + " WHERE f.third_code = #{code} AND f.ann_date <= #{asOf}"
      + " ORDER BY f.end_date DESC, f.ann_date DESC LIMIT #{limit}";

  private FinanceSql() {}

  public static String asOf() {
    return AS_OF;
  }

  public static String recent() {
    return RECENT;
  }
}
