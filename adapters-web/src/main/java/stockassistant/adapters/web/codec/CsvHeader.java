package stockassistant.adapters.web.codec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import stockassistant.domain.Metric;
import stockassistant.domain.MetricValues;

/**
 * The columns of a CSV body or file, or of a JSON answer that sends its rows as arrays beside
 * their field names (Tushare's): each name's cell position, worked out once for the header
 * rather than once per row. A repeated name counts by its last position.
 */
public final class CsvHeader {
  private final List<String> names;
  private final Map<String, Integer> positions;
  /** For each metric type, the cell position of each metric by ordinal (-1: no such column). */
  private final Map<Class<?>, int[]> metricPositions = new ConcurrentHashMap<>();

  public CsvHeader(List<String> names) {
    this.names = List.copyOf(names);
    var byName = new HashMap<String, Integer>();
    for (int i = 0; i < names.size(); i++) {
      byName.put(names.get(i), i);
    }
    this.positions = Map.copyOf(byName);
  }

  public List<String> names() {
    return names;
  }

  /** The cell position of a column, or -1 when the header has no such column. */
  int position(String name) {
    Integer at = positions.get(name);
    return at == null ? -1 : at;
  }

  <E extends Enum<E> & Metric> int[] positions(Class<E> type) {
    int[] known = metricPositions.get(type);  // no lambda per row on the usual path
    if (known != null) {
      return known;
    }
    return metricPositions.computeIfAbsent(type, ignored -> {
      List<E> metrics = MetricValues.metrics(type);
      int[] at = new int[metrics.size()];
      for (E metric : metrics) {
        at[metric.ordinal()] = position(metric.column());
      }
      return at;
    });
  }
}
