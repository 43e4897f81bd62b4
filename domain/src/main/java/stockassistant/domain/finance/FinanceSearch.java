package stockassistant.domain.finance;

import java.time.LocalDate;
import java.util.List;
import stockassistant.domain.stock.ThirdCode;

/**
 * Which finance reports a search returns: of these codes (none: every code), announced on
 * {@code annDate} (null: any day), for report periods (end_date) from {@code periodFrom} to
 * {@code periodTo} inclusive (null: unbounded).
 */
public record FinanceSearch(List<ThirdCode> codes, LocalDate annDate, LocalDate periodFrom,
    LocalDate periodTo) {

  public FinanceSearch {
    codes = codes == null ? List.of() : List.copyOf(codes);
  }
}
