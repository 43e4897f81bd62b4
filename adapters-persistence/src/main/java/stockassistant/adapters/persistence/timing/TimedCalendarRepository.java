package stockassistant.adapters.persistence.timing;

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
  public int upsertAll(List<ExchangeDay> daysToStore) {
    return upsertAll.timeSupplier(() -> inner.upsertAll(daysToStore));
  }

  @Override
  public boolean holds(Exchange exchange) {
    return holds.timeSupplier(() -> inner.holds(exchange));
  }

  @Override
  public List<ExchangeDay> days(Exchange exchange, LocalDate from, LocalDate to, Boolean open,
      LocalDate before, int skip, int limit) {
    return days.timeSupplier(() -> inner.days(exchange, from, to, open, before, skip, limit));
  }

  @Override
  public Optional<LocalDate> newestOpenDay(Exchange exchange, LocalDate notAfter) {
    return newestOpenDay.timeSupplier(() -> inner.newestOpenDay(exchange, notAfter));
  }

  @Override
  public int openDaysBetween(Exchange exchange, LocalDate after, LocalDate upTo) {
    return openDaysBetween.timeSupplier(() -> inner.openDaysBetween(exchange, after, upTo));
  }
}
