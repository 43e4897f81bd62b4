package stockassistant.adapters.persistence.timing;

import stockassistant.domain.transaction.Db;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import stockassistant.domain.calendar.CalendarRepository;
import stockassistant.domain.calendar.Exchange;
import stockassistant.domain.calendar.ExchangeDay;

/** A timer around each call of the calendar repository (see {@link TimedQuoteRepository}). */
public final class TimedCalendarRepository implements CalendarRepository {
  private final CalendarRepository inner;
  private final Timer upsertAll;
  private final Timer holds;
  private final Timer days;
  private final Timer newestOpenDay;
  private final Timer openDaysBetween;

  public TimedCalendarRepository(CalendarRepository inner, MetricRegistry metrics) {
    this.inner = inner;
    var timers = new PortTimers(metrics, CalendarRepository.class);
    upsertAll = timers.of("upsertAll");
    holds = timers.of("holds");
    days = timers.of("days");
    newestOpenDay = timers.of("newestOpenDay");
    openDaysBetween = timers.of("openDaysBetween");
  }

  @Override
  public int upsertAll(Db db, List<ExchangeDay> daysToStore) {
    return upsertAll.timeSupplier(() -> inner.upsertAll(db, daysToStore));
  }

  @Override
  public boolean holds(Db db, Exchange exchange) {
    return holds.timeSupplier(() -> inner.holds(db, exchange));
  }

  @Override
  public List<ExchangeDay> days(Db db, Exchange exchange, LocalDate from, LocalDate to, Boolean open,
      LocalDate before, int skip, int limit) {
    return days.timeSupplier(() -> inner.days(db, exchange, from, to, open, before, skip, limit));
  }

  @Override
  public Optional<LocalDate> newestOpenDay(Db db, Exchange exchange, LocalDate notAfter) {
    return newestOpenDay.timeSupplier(() -> inner.newestOpenDay(db, exchange, notAfter));
  }

  @Override
  public int openDaysBetween(Db db, Exchange exchange, LocalDate after, LocalDate upTo) {
    return openDaysBetween.timeSupplier(() -> inner.openDaysBetween(db, exchange, after, upTo));
  }
}
