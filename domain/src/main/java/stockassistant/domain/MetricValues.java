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

  public static <E extends Enum<E> & Metric> Builder<E> builder(Class<E> type) {
    return new Builder<>(type);
  }

  /** Collects values one by one, each checked as it comes; no copy at the end. */
  public static final class Builder<E extends Enum<E> & Metric> {
    private EnumMap<E, Double> values;

    private Builder(Class<E> type) {
      this.values = new EnumMap<>(type);
    }

    public Builder<E> put(E metric, double value) {
      if (!Double.isFinite(value)) {
        throw new InvalidField(metric.column(), "must be a finite number");
      }
      values.put(metric, value);
      return this;
    }

    /** The values; the builder cannot be used again. */
    public MetricValues<E> build() {
      var built = new MetricValues<>(values);
      values = null;
      return built;
    }
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
