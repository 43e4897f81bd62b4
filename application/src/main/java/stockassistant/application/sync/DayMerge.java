package stockassistant.application.sync;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import stockassistant.domain.MetricValues;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.ThirdCode;
import stockassistant.domain.sync.Dataset;

/**
 * One stock_daily row per code of a day, from the datasets that each hold some of its columns:
 * the prices make the rows, the others add their columns by ts_code. A late dataset that does not
 * cover every code of the day is missing, and is fetched again on a later run.
 */
final class DayMerge {
  private DayMerge() {}

  /** The rows and which late datasets did not cover them. */
  record Merged(List<DailyBar> bars, Set<Dataset> missing) {}

  private static final Map<Dataset, Set<BarMetric>> COLUMNS = new EnumMap<>(Dataset.class);

  static {
    for (Dataset dataset : Dataset.values()) {
      COLUMNS.put(dataset, ownedBy(dataset));
    }
  }

  /** The columns each dataset owns (daily_basic's close is the price's, so it is not taken). */
  static Set<BarMetric> columns(Dataset dataset) {
    return COLUMNS.get(dataset);
  }

  private static Set<BarMetric> ownedBy(Dataset dataset) {
    var columns = EnumSet.noneOf(BarMetric.class);
    for (BarMetric metric : BarMetric.values()) {
      boolean owned = switch (dataset) {
        case DAILY -> metric.group() == BarMetric.Group.PRICE;
        case DAILY_BASIC -> metric.group() == BarMetric.Group.VALUATION;
        case ADJ_FACTOR -> metric.group() == BarMetric.Group.ADJUSTMENT;
        case SUSPENSIONS -> false;
      };
      if (owned) {
        columns.add(metric);
      }
    }
    return columns;
  }

  /**
   * Lays the given datasets over base rows (a day's fresh prices, or its stored rows): codes not
   * in the base are dropped (a suspended stock has a factor but no bar).
   */
  static Merged over(List<DailyBar> base, Map<Dataset, List<DailyBar>> layers) {
    // one row per code (a code sent twice: the last one), and its merged values by position
    Map<ThirdCode, Integer> position = new HashMap<>(base.size() * 2);
    var rows = new ArrayList<DailyBar>(base.size());
    var values = new ArrayList<MetricValues<BarMetric>>(base.size());
    for (DailyBar bar : base) {
      Integer at = position.putIfAbsent(bar.thirdCode(), rows.size());
      if (at == null) {
        rows.add(bar);
        values.add(bar.values());
      } else {
        rows.set(at, bar);
        values.set(at, bar.values());
      }
    }
    Set<Dataset> missing = EnumSet.noneOf(Dataset.class);
    for (Map.Entry<Dataset, List<DailyBar>> layer : layers.entrySet()) {
      Set<BarMetric> owned = columns(layer.getKey());
      int covered = 0;
      for (DailyBar bar : layer.getValue()) {
        Integer at = position.get(bar.thirdCode());
        if (at != null) {
          // each layer sets the columns its dataset owns, a null included (the upstream's word)
          values.set(at, values.get(at).with(bar.values(), owned));
          covered++;
        }
      }
      if (covered < rows.size() && Dataset.LATE.contains(layer.getKey())) {
        missing.add(layer.getKey());
      }
    }
    var merged = new ArrayList<DailyBar>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      DailyBar bar = rows.get(i);
      merged.add(values.get(i) == bar.values() ? bar
          : new DailyBar(bar.thirdCode(), bar.tradeDate(), values.get(i), bar.source()));
    }
    return new Merged(merged, missing);
  }
}
