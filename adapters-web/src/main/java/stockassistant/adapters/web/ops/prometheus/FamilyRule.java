package stockassistant.adapters.web.ops.prometheus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the Dropwizard metrics whose names match a pattern appear in Prometheus: one family,
 * its type and unit, and a label for each group of the pattern ({@code "kind=failed"} gives a
 * fixed value instead). One rule covers every metric of a naming pattern, so a new timer of that
 * pattern appears without a code change.
 */
record FamilyRule(Pattern pattern, String family, Shape shape, double scale, String help,
    List<String> labels) {

  /** How a matched metric is read. */
  enum Shape {
    /** The current value. */
    GAUGE,
    /** A count that only grows (a meter, a counter, or a gauge over a cumulative count). */
    COUNTER,
    /** A timer or histogram: quantiles, count and, when the registry keeps it, sum. */
    SUMMARY,
    /** Resilience4j's state number, as one 0/1 sample per state name (Micrometer's form). */
    BREAKER_STATE,
    /** Exported elsewhere under its conventional name. */
    SKIP
  }

  static FamilyRule of(String regex, String family, Shape shape, String help, String... labels) {
    return new FamilyRule(Pattern.compile(regex), family, shape, 1.0, help, List.of(labels));
  }

  /** A summary whose values are multiplied by {@code scale} into the family's unit (seconds). */
  static FamilyRule summary(String regex, String family, double scale, String help,
      String... labels) {
    return new FamilyRule(Pattern.compile(regex), family, Shape.SUMMARY, scale, help,
        List.of(labels));
  }

  static FamilyRule skip(String regex) {
    return new FamilyRule(Pattern.compile(regex), null, Shape.SKIP, 1.0, null, List.of());
  }

  /** The label values for a Dropwizard name, or null when the rule does not apply. */
  List<String> labelValues(String name) {
    Matcher matcher = pattern.matcher(name);
    if (!matcher.matches()) {
      return null;
    }
    var values = new ArrayList<String>(labels.size());
    int group = 1;
    for (String label : labels) {
      int fixed = label.indexOf('=');
      values.add(fixed < 0 ? matcher.group(group++) : label.substring(fixed + 1));
    }
    return values;
  }

  List<String> labelNames() {
    return labels.stream().map(label -> label.contains("=")
        ? label.substring(0, label.indexOf('=')) : label).toList();
  }
}
