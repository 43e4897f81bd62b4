package stockassistant.domain.calendar;

import static stockassistant.domain.InvalidField.requirePresent;

import java.time.LocalDate;
import stockassistant.domain.InvalidField;

/**
 * One day of an exchange's trading calendar, as Tushare's trade_cal gives it: open or not, and
 * the open day before it (null when unknown).
 */
public record ExchangeDay(Exchange exchange, LocalDate calDate, boolean open,
    LocalDate pretradeDate) {

  public ExchangeDay {
    requirePresent("exchange", exchange);
    requirePresent("cal_date", calDate);
    if (pretradeDate != null && !pretradeDate.isBefore(calDate)) {
      throw new InvalidField("pretrade_date", "must be before cal_date (" + pretradeDate
          + " is not before " + calDate + ")");
    }
  }
}
