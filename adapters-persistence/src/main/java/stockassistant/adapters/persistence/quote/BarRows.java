package stockassistant.adapters.persistence.quote;

import java.util.ArrayList;
import java.util.List;
import stockassistant.adapters.persistence.bulk.BulkUpsert;
import stockassistant.adapters.persistence.bulk.CopyRowWriter;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;

/** How a {@link DailyBar} is written to stock_daily, in {@link BarSql#TABLE} column order. */
final class BarRows {
  /** Below this many rows a multi-VALUES statement beats creating a staging table. */
  static final int COPY_THRESHOLD = 64;
  private static final BarMetric[] METRICS = BarMetric.values();

  private BarRows() {}

  static BulkUpsert<DailyBar> writer(int copyThreshold) {
    return new BulkUpsert<>(BarSql.TABLE, copyThreshold, DailyBar::key,
        bar -> List.of(bar.thirdCode().value(), bar.tradeDate()), BarRows::copy, BarRows::values);
  }

  private static void copy(DailyBar bar, CopyRowWriter out) {
    out.text(bar.thirdCode().value()).date(bar.tradeDate());
    for (BarMetric metric : METRICS) {
      out.numberOrNull(bar.orNaN(metric));
    }
    out.text(bar.source()).endRow();
  }

  private static List<Object> values(DailyBar bar) {
    var values = new ArrayList<Object>(BarMetric.values().length + 3);
    values.add(bar.thirdCode().value());
    values.add(bar.tradeDate());
    for (BarMetric metric : BarMetric.values()) {
      values.add(bar.get(metric));
    }
    values.add(bar.source());
    return values;
  }
}
