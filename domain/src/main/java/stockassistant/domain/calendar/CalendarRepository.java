package stockassistant.domain.calendar;

import stockassistant.domain.transaction.Db;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The exchanges' trading calendars (trade_calendar). Calls need an open unit of work. */
public interface CalendarRepository {

  /** Inserts or updates every day; duplicates of (exchange, cal_date): the last wins. */
  int upsertAll(Db db, List<ExchangeDay> days);

  /** Whether any day of this exchange's calendar is stored. */
  boolean holds(Db db, Exchange exchange);

  /**
   * Days of one exchange from {@code from} to {@code to} inclusive (null: unbounded), newest
   * first, only open (closed) ones when {@code open} says so, starting before {@code before}
   * (null: from the newest) after skipping {@code skip}, at most {@code limit}.
   */
  List<ExchangeDay> days(Db db, Exchange exchange, LocalDate from, LocalDate to, Boolean open,
      LocalDate before, int skip, int limit);

  /** The newest open day of the exchange not after {@code notAfter}. */
  Optional<LocalDate> newestOpenDay(Db db, Exchange exchange, LocalDate notAfter);

  /** How many open days of the exchange lie after {@code after} up to {@code upTo} inclusive. */
  int openDaysBetween(Db db, Exchange exchange, LocalDate after, LocalDate upTo);
}
