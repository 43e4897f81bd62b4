package stockassistant.adapters.persistence.calendar;

import java.time.LocalDate;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.stock.ThirdCode;

/** One stock_suspension row. Public only because the JDK proxy of the public mapper must see it. */
public record SuspensionRow(String thirdCode, LocalDate tradeDate, String suspendTiming,
    String suspendType) {

  static SuspensionRow of(Suspension suspension) {
    return new SuspensionRow(suspension.thirdCode().value(), suspension.tradeDate(),
        suspension.suspendTiming(), suspension.suspendType().name());
  }

  Suspension toDomain() {
    return new Suspension(ThirdCode.of(thirdCode), tradeDate, suspendTiming,
        Suspension.SuspendType.valueOf(suspendType));
  }
}
