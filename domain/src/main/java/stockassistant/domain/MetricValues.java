package stockassistant.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numeric columns of one record. An absent metric is unknown (NULL), never zero. Every
 * present value is finite: NaN and infinities are rejected here, once, for every record type.
 *
 * <p>Held as one {@code double[]} by metric ordinal, NaN for unknown (a stored value can never be
 * NaN, so the two cannot mix): a bar is ~200 bytes instead of an EnumMap and ~20 boxed doubles,
 * which is what an import keeps in memory for every row of the batches in flight.
 */
public final class MetricValues<E extends Enum<E> & Metric> {
  /** Each metric type's constants, once: {@code getEnumConstants()} copies the array per call. */
  private static final ClassValue<List<?>> METRICS = new ClassValue<>() {
    @Override
    protected List<?> computeValue(Class<?> type) {
      return List.of(type.getEnumConstants());
    }
  };
  /** Each metric type's all-unknown values, copied for every new record. */
  private static final ClassValue<double[]> UNKNOWN = new ClassValue<>() {
    @Override
    protected double[] computeValue(Class<?> type) {
      double[] values = new double[type.getEnumConstants().length];
      Arrays.fill(values, Double.NaN);
      return values;
    }
  };
  private final Class<E> type;
  private final double[] values;

  private MetricValues(Class<E> type, double[] values) {
    this.type = type;
    this.values = values;
  }

  public static <E extends Enum<E> & Metric> MetricValues<E> of(Class<E> type, Map<E, Double> given) {
    Builder<E> builder = builder(type);
    given.forEach((metric, value) -> {
      if (value != null) {
        builder.put(metric, value);
      }
    });
    return builder.build();
  }

  /** The metrics of {@code type} in ordinal order, without a copy per call. */
  @SuppressWarnings("unchecked")
  public static <E extends Enum<E> & Metric> List<E> metrics(Class<E> type) {
    return (List<E>) METRICS.get(type);
  }

  public static <E extends Enum<E> & Metric> Builder<E> builder(Class<E> type) {
    return new Builder<>(type);
  }

  /** Collects values one by one, each checked as it comes; no copy at the end. */
  public static final class Builder<E extends Enum<E> & Metric> {
    private final Class<E> type;
    private double[] values;

    private Builder(Class<E> type) {
      this.type = type;
      this.values = UNKNOWN.get(type).clone();
    }

    public Builder<E> put(E metric, double value) {
      if (!Double.isFinite(value)) {
        throw new InvalidField(metric.column(), "must be a finite number");
      }
      values[metric.ordinal()] = value;
      return this;
    }

    /** The values; the builder cannot be used again. */
    public MetricValues<E> build() {
      var built = new MetricValues<>(type, values);
      values = null;
      return built;
    }
  }

  /** The value, or null when unknown. */
  public Double get(E metric) {
    double value = values[metric.ordinal()];
    return Double.isNaN(value) ? null : value;
  }

  /**
   * The value, or NaN when unknown (a known value is never NaN): for writers that test it
   * themselves, without a boxed Double per value.
   */
  public double orNaN(E metric) {
    return values[metric.ordinal()];
  }

  /**
   * These values with the given metrics taken from {@code other}, an unknown one included (the
   * other's word wins for its metrics). No boxing: a sync merges millions of rows this way.
   */
  public MetricValues<E> with(MetricValues<E> other, Set<E> metrics) {
    if (other.type != type) {
      throw new IllegalArgumentException("values of another metric type");
    }
    double[] merged = values.clone();
    for (E metric : metrics) {
      merged[metric.ordinal()] = other.values[metric.ordinal()];
    }
    return new MetricValues<>(type, merged);
  }

  public Map<E, Double> asMap() {
    var map = new EnumMap<E, Double>(type);
    for (E metric : metrics(type)) {
      Double value = get(metric);
      if (value != null) {
        map.put(metric, value);
      }
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MetricValues<?> that && type == that.type
        && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
