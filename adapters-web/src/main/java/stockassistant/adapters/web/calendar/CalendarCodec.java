package stockassistant.adapters.web.calendar;

import stockassistant.adapters.web.codec.Fields;
import stockassistant.domain.InvalidField;
import stockassistant.domain.calendar.Exchange;
import stockassistant.domain.calendar.ExchangeDay;

/**
 * A calendar day on the wire, by Tushare's trade_cal names: exchange (SSE when absent, as
 * Tushare defaults it), cal_date, is_open (1 or 0; true or false from JSON), pretrade_date.
 */
public final class CalendarCodec {
  private CalendarCodec() {}

  public static ExchangeDay fromFields(Fields fields) {
    String exchange = fields.text("exchange");
    return new ExchangeDay(exchange == null ? Exchange.SSE : Exchange.parse("exchange", exchange),
        fields.requiredDate("cal_date"), isOpen(fields), fields.date("pretrade_date"));
  }

  /** Tushare sends 1 / 0 (a number or a string); true / false is taken from JSON too. */
  private static boolean isOpen(Fields fields) {
    if (!fields.has("is_open")) {
      throw new InvalidField("is_open", "is required");
    }
    try {
      Double number = fields.number("is_open");
      if (number == 1.0 || number == 0.0) {
        return number == 1.0;
      }
    } catch (InvalidField notANumber) {
      try {
        return fields.bool("is_open");
      } catch (InvalidField notABoolean) {
        String text = fields.text("is_open");
        if (text.equals("1") || text.equals("0")) {
          return text.equals("1");
        }
      }
    }
    throw new InvalidField("is_open", "must be 1 or 0");
  }
}
