package stockassistant.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The numeric columns of one record. An absent metric is unknown (NULL), never zero. Every
 * present value is finite: NaN and infinities are rejected here, once, for every record type.
 */
public final class MetricValues<E extends Enum<E> & Metric> {
  private final EnumMap<E, Double> values;

  private MetricValues(EnumMap<E, Double> values) {
    this.values = values;
  }

  public static <E extends Enum<E> & Metric> MetricValues<E> of(Class<E> type, Map<E, Double> given) {
    var copy = new EnumMap<E, Double>(type);
    given.forEach(
        (metric, value) -> {
          if (value == null) {
            return;
          }
          if (!Double.isFinite(value)) {
            throw new InvalidField(metric.column(), "must be a finite number");
          }
          copy.put(metric, value);
        });
    return new MetricValues<>(copy);
  }

  /** The value, or null when unknown. */
  public Double get(E metric) {
    return values.get(metric);
  }

  public Map<E, Double> asMap() {
    return Collections.unmodifiableMap(values);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MetricValues<?> that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
