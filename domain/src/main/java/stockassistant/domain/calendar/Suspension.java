package stockassistant.domain.calendar;

import static stockassistant.domain.InvalidField.optionalText;
import static stockassistant.domain.InvalidField.requirePresent;

import java.time.LocalDate;
import stockassistant.domain.InvalidField;
import stockassistant.domain.stock.ThirdCode;

/** A stock suspended (S) or resumed (R) on a trade day (a stock_suspension row, Tushare's suspend_d). */
public record Suspension(ThirdCode thirdCode, LocalDate tradeDate, String suspendTiming,
    String suspendType) {
  public Suspension {
    requirePresent("ts_code", thirdCode);
    requirePresent("trade_date", tradeDate);
    optionalText("suspend_timing", suspendTiming, 50);
    suspendType = suspendType == null ? "S" : suspendType;
    if (!suspendType.equals("S") && !suspendType.equals("R")) {
      throw new InvalidField("suspend_type", "must be S or R, not '" + suspendType + "'");
    }
  }
}
