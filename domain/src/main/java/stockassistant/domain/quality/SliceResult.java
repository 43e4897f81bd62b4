package stockassistant.domain.quality;

import java.util.List;
import java.util.Map;

/**
 * What one check found in one slice: a count per rule, the first examples in (code, day)
 * order, and (gaps only) the suspended days per code, which are reported but are not findings.
 */
public record SliceResult(Map<String, Long> counts, List<Finding> examples,
    Map<String, Long> suspendedDays) {

  public SliceResult {
    counts = Map.copyOf(counts);
    examples = List.copyOf(examples);
    suspendedDays = Map.copyOf(suspendedDays);
  }
}
