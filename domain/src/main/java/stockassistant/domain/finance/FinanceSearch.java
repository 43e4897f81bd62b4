package stockassistant.domain.finance;

import java.time.LocalDate;
import java.util.List;
import stockassistant.domain.stock.ThirdCode;

/**
 * Which finance reports a search returns: of these codes (none: every code), announced from
 * {@code annFrom} to {@code annTo} inclusive (null: unbounded), for the report period
 * {@code period} (its end_date; null: every period).
 */
public record FinanceSearch(List<ThirdCode> codes, LocalDate annFrom, LocalDate annTo,
    LocalDate period) {

  public FinanceSearch {
    codes = codes == null ? List.of() : List.copyOf(codes);
  }
}
