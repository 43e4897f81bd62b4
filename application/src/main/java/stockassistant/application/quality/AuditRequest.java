package stockassistant.application.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import stockassistant.domain.InvalidField;
import stockassistant.domain.stock.ThirdCode;

/**
 * What to audit: days {@code from}..{@code to} (null: unbounded), these codes (none: every code
 * stored), and how many examples each check shows.
 */
public record AuditRequest(LocalDate from, LocalDate to, List<ThirdCode> codes, int examples) {
  public static final int DEFAULT_EXAMPLES = 10;
  public static final int MAX_EXAMPLES = 1_000;

  public AuditRequest {
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidField("from", "must not be after to (" + from + " > " + to + ")");
    }
    if (examples < 0 || examples > MAX_EXAMPLES) {
      throw new InvalidField("examples", "must be 0.." + MAX_EXAMPLES + " (was " + examples + ")");
    }
    codes = codes == null ? List.of() : List.copyOf(new TreeSet<>(codes));
  }
}
