package stockassistant.adapters.persistence.bulk;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import stockassistant.domain.Metric;
import stockassistant.domain.MetricValues;

/** Converts between MyBatis row maps (column name to value) and the domain's metric values. */
public final class MetricRows {
  private MetricRows() {}

  public static <E extends Enum<E> & Metric> MetricValues<E> values(Map<String, Object> row,
      Class<E> type, Set<E> metrics) {
    var values = new EnumMap<E, Double>(type);
    for (E metric : metrics) {
      Object value = row.get(metric.column());
      if (value != null) {
        values.put(metric, ((Number) value).doubleValue());
      }
    }
    return MetricValues.of(type, values);
  }

  public static LocalDate date(Map<String, Object> row, String column) {
    Object value = row.get(column);
    if (value == null) {
      return null;
    }
    return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
  }

  /** A row map for the multi-VALUES path: every metric column present, absent ones as null. */
  public static <E extends Enum<E> & Metric> Map<String, Object> row(MetricValues<E> values,
      Class<E> type) {
    var row = new HashMap<String, Object>();
    for (E metric : type.getEnumConstants()) {
      row.put(metric.column(), values.get(metric));
    }
    return row;
  }
}
