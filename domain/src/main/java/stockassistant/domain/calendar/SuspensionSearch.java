package stockassistant.domain.calendar;

import java.time.LocalDate;
import java.util.List;
import stockassistant.domain.stock.ThirdCode;

/**
 * Which suspension records a search returns: of these codes (none: every code), from
 * {@code from} to {@code to} inclusive (null: unbounded), of one type (null: both).
 */
public record SuspensionSearch(List<ThirdCode> codes, LocalDate from, LocalDate to,
    Suspension.SuspendType type) {

  public SuspensionSearch {
    codes = codes == null ? List.of() : List.copyOf(codes);
  }
}
