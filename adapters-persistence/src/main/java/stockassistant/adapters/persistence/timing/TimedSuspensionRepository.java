package stockassistant.adapters.persistence.timing;

import stockassistant.domain.transaction.Db;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.util.List;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.calendar.SuspensionRepository;
import stockassistant.domain.calendar.SuspensionSearch;

/** A timer around each call of the suspension repository (see {@link TimedQuoteRepository}). */
public final class TimedSuspensionRepository implements SuspensionRepository {
  private final SuspensionRepository inner;
  private final Timer upsertAll;
  private final Timer search;

  public TimedSuspensionRepository(SuspensionRepository inner, MetricRegistry metrics) {
    this.inner = inner;
    var timers = new PortTimers(metrics, SuspensionRepository.class);
    upsertAll = timers.of("upsertAll");
    search = timers.of("search");
  }

  @Override
  public int upsertAll(Db db, List<Suspension> suspensions) {
    return upsertAll.timeSupplier(() -> inner.upsertAll(db, suspensions));
  }

  @Override
  public List<Suspension> search(Db db, SuspensionSearch criteria, Suspension after, int skip,
      int limit) {
    return search.timeSupplier(() -> inner.search(db, criteria, after, skip, limit));
  }
}
