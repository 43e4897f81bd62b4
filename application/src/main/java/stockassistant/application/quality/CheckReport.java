package stockassistant.application.quality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import stockassistant.domain.quality.Check;
import stockassistant.domain.quality.Finding;

/**
 * One check's result: how many findings, by rule; the first examples in (code, day) order;
 * for gaps, the suspended days (reported, not findings) in total and for the first codes; and
 * why the check did not run, when it did not (null: it ran).
 */
public record CheckReport(Check check, long count, Map<String, Long> rules,
    List<Finding> examples, long suspendedDays, long suspendedCodes,
    Map<String, Long> suspendedByCode, String skipped) {

  public CheckReport {
    rules = Map.copyOf(rules);
    examples = List.copyOf(examples);
    suspendedByCode = Collections.unmodifiableMap(new LinkedHashMap<>(suspendedByCode));
  }

  public boolean clean() {
    return count == 0;
  }
}
