package stockassistant.application.stocks;

import java.time.LocalDate;
import java.util.List;
import stockassistant.domain.InvalidField;
import stockassistant.domain.stock.ThirdCode;

/** Records that finance data of these stocks was pulled on {@code syncDate}. */
public record MarkFinanceSyncedCommand(List<ThirdCode> codes, LocalDate syncDate) {
  public static final int MAX_CODES = 10_000;

  public MarkFinanceSyncedCommand {
    InvalidField.requirePresent("third_codes", codes);
    InvalidField.requirePresent("sync_date", syncDate);
    codes = List.copyOf(codes);
    if (codes.size() > MAX_CODES) {
      throw new InvalidField("third_codes", "at most " + MAX_CODES + " codes per call");
    }
  }
}
