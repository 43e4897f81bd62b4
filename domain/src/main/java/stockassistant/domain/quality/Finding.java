package stockassistant.domain.quality;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing a check found: which rule of the check ({@code high_below_low}), where (code, day)
 * and the values that show it, by column name (numbers, dates or text; null where absent).
 */
public record Finding(Check check, String rule, String code, LocalDate day,
    Map<String, Object> values) {

  public Finding {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
