package stockassistant.application.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import stockassistant.domain.transaction.Db;
import stockassistant.domain.calendar.CalendarRepository;
import stockassistant.domain.calendar.Exchange;
import stockassistant.domain.calendar.ExchangeDay;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.calendar.SuspensionRepository;

/**
 * What the sync asks of the stored calendar and suspensions, over the same ports the audit and
 * {@code /tushare} read. Calls need an open unit of work, as the ports' do.
 */
public final class SyncCalendar {
  private static final int PAGE_DAYS = 5_000;
  private final CalendarRepository calendar;
  private final SuspensionRepository suspensions;

  public SyncCalendar(CalendarRepository calendar, SuspensionRepository suspensions) {
    this.calendar = calendar;
    this.suspensions = suspensions;
  }

  int upsertDays(Db db, List<ExchangeDay> days) {
    return days.isEmpty() ? 0 : calendar.upsertAll(db, days);
  }

  int upsertSuspensions(Db db, List<Suspension> records) {
    return records.isEmpty() ? 0 : suspensions.upsertAll(db, records);
  }

  /** The open days of one exchange from..to inclusive, ascending. */
  List<LocalDate> openDays(Db db, Exchange exchange, LocalDate from, LocalDate to) {
    var newestFirst = new ArrayList<LocalDate>();
    LocalDate before = null;
    while (true) {
      List<ExchangeDay> page = calendar.days(db, exchange, from, to, Boolean.TRUE, before, 0,
          PAGE_DAYS);
      page.forEach(day -> newestFirst.add(day.calDate()));
      if (page.size() < PAGE_DAYS) {
        break;
      }
      before = page.get(page.size() - 1).calDate();
    }
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  /** The newest open day of one exchange on or before {@code day}. */
  Optional<LocalDate> newestOpenDay(Db db, Exchange exchange, LocalDate day) {
    return calendar.newestOpenDay(db, exchange, day);
  }
}
