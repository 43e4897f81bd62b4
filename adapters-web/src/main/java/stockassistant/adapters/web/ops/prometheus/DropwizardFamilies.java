package stockassistant.adapters.web.ops.prometheus;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Counting;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.Histogram;
import com.codahale.metrics.Meter;
import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Sampling;
import com.codahale.metrics.Snapshot;
import com.codahale.metrics.Timer;
import io.prometheus.client.Collector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The Dropwizard registry as Prometheus families: names by {@link ConventionalNames}, labels
 * from the Dropwizard name, one unit per family (seconds for every duration). A metric no rule
 * names still appears, as {@code stock_assistant_<snake_case name>} with a unit suffix.
 */
public final class DropwizardFamilies extends Collector {
  private static final double[] QUANTILES = {0.5, 0.75, 0.95, 0.99, 0.999};
  /** Resilience4j's CircuitBreaker.State names, in the order of their numbers (getOrder). */
  private static final List<String> BREAKER_STATES =
      List.of("closed", "open", "half_open", "disabled", "forced_open", "metrics_only");

  private final MetricRegistry registry;
  private final List<FamilyRule> rules;

  public DropwizardFamilies(MetricRegistry registry) {
    this(registry, ConventionalNames.RULES);
  }

  DropwizardFamilies(MetricRegistry registry, List<FamilyRule> rules) {
    this.registry = registry;
    this.rules = rules;
  }

  @Override
  public List<MetricFamilySamples> collect() {
    Map<String, Family> families = new TreeMap<>();
    registry.getMetrics().forEach((name, metric) -> {
      FamilyRule rule = ruleFor(name, metric);
      if (rule == null || rule.shape() == FamilyRule.Shape.SKIP) {
        return;
      }
      families.computeIfAbsent(rule.family(), family -> new Family(rule))
          .add(metric, rule.labelNames(), rule.labelValues(name));
    });
    return families.values().stream().map(Family::samples).toList();
  }

  private FamilyRule ruleFor(String name, Metric metric) {
    for (FamilyRule rule : rules) {
      if (rule.pattern().matcher(name).matches()) {
        return rule;
      }
    }
    return fallback(name, metric);
  }

  /** A name no rule knows: snake_case under our prefix, typed by what the metric is. */
  static FamilyRule fallback(String name, Metric metric) {
    String base = "stock_assistant_" + name.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    String help = "Dropwizard metric " + name + " (no conventional name yet)";
    String quoted = Pattern.quote(name);
    if (metric instanceof Timer) {
      return FamilyRule.summary(quoted, base + "_seconds", 1e-9, help);
    }
    if (metric instanceof Histogram) {
      return FamilyRule.summary(quoted, base, 1.0, help);
    }
    if (metric instanceof Meter || metric instanceof Counter) {
      return FamilyRule.of(quoted, base.replaceAll("_total$", ""), FamilyRule.Shape.COUNTER,
          help);
    }
    if (metric instanceof Gauge<?> gauge && gauge.getValue() instanceof Number) {
      return FamilyRule.of(quoted, base, FamilyRule.Shape.GAUGE, help);
    }
    return null;
  }

  /** The samples of one family, gathered from every Dropwizard metric its rule matched. */
  private static final class Family {
    private final FamilyRule rule;
    private final List<MetricFamilySamples.Sample> samples = new ArrayList<>();

    Family(FamilyRule rule) {
      this.rule = rule;
    }

    void add(Metric metric, List<String> labels, List<String> values) {
      String name = rule.family();
      switch (rule.shape()) {
        case GAUGE -> number(metric)
            .ifPresent(value -> sample(name, labels, values, value.doubleValue()));
        case COUNTER -> number(metric)
            .ifPresent(value -> sample(name + "_total", labels, values, value.doubleValue()));
        case BREAKER_STATE -> number(metric).ifPresent(state -> {
          for (int i = 0; i < BREAKER_STATES.size(); i++) {
            sample(name, plus(labels, "state"), plus(values, BREAKER_STATES.get(i)),
                state.intValue() == i ? 1 : 0);
          }
        });
        case SUMMARY -> summary(metric, labels, values);
        case SKIP -> { }
      }
    }

    private void summary(Metric metric, List<String> labels, List<String> values) {
      if (!(metric instanceof Sampling sampling) || !(metric instanceof Counting counting)) {
        return;
      }
      String name = rule.family();
      Snapshot snapshot = sampling.getSnapshot();
      for (double quantile : QUANTILES) {
        sample(name, plus(labels, "quantile"), plus(values, Collector.doubleToGoString(quantile)),
            snapshot.getValue(quantile) * rule.scale());
      }
      sample(name + "_count", labels, values, counting.getCount());
      Double sum = SummingMetricRegistry.sumOf(metric);
      if (sum != null) {
        sample(name + "_sum", labels, values, sum * rule.scale());
      }
    }

    private void sample(String name, List<String> labels, List<String> values, double value) {
      samples.add(new MetricFamilySamples.Sample(name, labels, values, value));
    }

    MetricFamilySamples samples() {
      Type type = switch (rule.shape()) {
        case COUNTER -> Type.COUNTER;
        case SUMMARY -> Type.SUMMARY;
        default -> Type.GAUGE;
      };
      return new MetricFamilySamples(rule.family(), type, rule.help(), samples);
    }

    private static Optional<Number> number(Metric metric) {
      if (metric instanceof Counting counting) {
        return Optional.of(counting.getCount());
      }
      if (metric instanceof Gauge<?> gauge && gauge.getValue() instanceof Number value) {
        return Optional.of(value);
      }
      return Optional.empty();
    }

    private static List<String> plus(List<String> list, String last) {
      var longer = new ArrayList<>(list);
      longer.add(last);
      return longer;
    }
  }
}
