package stockassistant.domain.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The exchange calendars and the suspensions, as data. Calls need an open unit of work. */
public interface CalendarStore {

  /** Inserts or updates calendar days by (exchange, cal_date); returns rows written. */
  int upsertDays(List<ExchangeDay> days);

  /** Inserts or updates suspensions by (third_code, trade_date); returns rows written. */
  int upsertSuspensions(List<Suspension> suspensions);

  /** The open days of one exchange from..to inclusive, ascending. */
  List<LocalDate> openDays(String exchange, LocalDate from, LocalDate to);

  /** The newest open day of one exchange on or before {@code day}. */
  Optional<LocalDate> newestOpenDay(String exchange, LocalDate day);
}
