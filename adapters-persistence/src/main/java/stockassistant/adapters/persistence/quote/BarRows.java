package stockassistant.adapters.persistence.quote;

import java.util.Map;
import stockassistant.adapters.persistence.bulk.CopyRowWriter;
import stockassistant.adapters.persistence.bulk.MetricRows;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;

/** stock_daily rows to and from {@link DailyBar}. */
final class BarRows {
  private BarRows() {}

  /** Writes one bar in {@link BarSql#TABLE} column order. */
  static void copy(DailyBar bar, CopyRowWriter out) {
    out.text(bar.thirdCode().value()).date(bar.tradeDate());
    for (BarMetric metric : BarMetric.values()) {
      out.number(bar.get(metric));
    }
    out.text(bar.source()).endRow();
  }

  /** The key values in {@link BarSql#TABLE} key-column order. */
  static Object[] key(DailyBar bar) {
    return new Object[] {bar.thirdCode().value(), bar.tradeDate()};
  }

  static Map<String, Object> toRow(DailyBar bar) {
    Map<String, Object> row = MetricRows.row(bar.values(), BarMetric.class);
    row.put("third_code", bar.thirdCode().value());
    row.put("trade_date", bar.tradeDate());
    row.put("source", bar.source());
    return row;
  }
}
