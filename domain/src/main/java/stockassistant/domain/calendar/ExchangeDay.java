package stockassistant.domain.calendar;

import static stockassistant.domain.InvalidField.requirePresent;
import static stockassistant.domain.InvalidField.requireText;

import java.time.LocalDate;
import stockassistant.domain.InvalidField;

/** One day of an exchange's trading calendar (a trade_calendar row, Tushare's trade_cal). */
public record ExchangeDay(String exchange, LocalDate calDate, boolean open, LocalDate pretradeDate) {
  public ExchangeDay {
    requireText("exchange", exchange, 10);
    requirePresent("cal_date", calDate);
    if (pretradeDate != null && !pretradeDate.isBefore(calDate)) {
      throw new InvalidField("pretrade_date", "must be before cal_date (" + pretradeDate + " >= "
          + calDate + ")");
    }
  }
}
