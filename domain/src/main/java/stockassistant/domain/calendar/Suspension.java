package stockassistant.domain.calendar;

import static stockassistant.domain.InvalidField.optionalText;
import static stockassistant.domain.InvalidField.requirePresent;

import java.time.LocalDate;
import stockassistant.domain.stock.ThirdCode;

/**
 * One code's suspension record of one day, as Tushare's suspend_d gives it: {@code S} the code
 * is suspended that day, {@code R} it resumes that day (and trades).
 */
public record Suspension(ThirdCode thirdCode, LocalDate tradeDate, String suspendTiming,
    SuspendType suspendType) {

  public Suspension {
    requirePresent("ts_code", thirdCode);
    requirePresent("trade_date", tradeDate);
    optionalText("suspend_timing", suspendTiming, 50);
    suspendType = suspendType == null ? SuspendType.S : suspendType;
  }

  /** Tushare's S (停牌, suspended) and R (复牌, resumed). */
  public enum SuspendType {
    S,
    R
  }
}
