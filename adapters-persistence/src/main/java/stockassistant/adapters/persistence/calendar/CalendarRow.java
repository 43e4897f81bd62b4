package stockassistant.adapters.persistence.calendar;

import java.time.LocalDate;
import stockassistant.domain.calendar.Exchange;
import stockassistant.domain.calendar.ExchangeDay;

/**
 * One trade_calendar row as MyBatis reads and writes it. Public only because the JDK proxy of
 * the public mapper must see it.
 */
public record CalendarRow(String exchange, LocalDate calDate, Boolean isOpen,
    LocalDate pretradeDate) {

  static CalendarRow of(ExchangeDay day) {
    return new CalendarRow(day.exchange().name(), day.calDate(), day.open(), day.pretradeDate());
  }

  ExchangeDay toDomain() {
    return new ExchangeDay(Exchange.valueOf(exchange), calDate, isOpen, pretradeDate);
  }
}
