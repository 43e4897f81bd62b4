package stockassistant.adapters.persistence.timing;

import stockassistant.domain.transaction.Db;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.time.LocalDate;
import java.util.List;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.finance.FinanceRepository;
import stockassistant.domain.finance.FinanceSearch;
import stockassistant.domain.finance.ReportKey;
import stockassistant.domain.stock.ThirdCode;

/** A timer around each call of the finance repository (see {@link TimedQuoteRepository}). */
public final class TimedFinanceRepository implements FinanceRepository {
  private final FinanceRepository inner;
  private final Timer upsertAll;
  private final Timer recent;
  private final Timer search;
  private final Timer asOf;

  public TimedFinanceRepository(FinanceRepository inner, MetricRegistry metrics) {
    this.inner = inner;
    var timers = new PortTimers(metrics, FinanceRepository.class);
    upsertAll = timers.of("upsertAll");
    recent = timers.of("recent");
    search = timers.of("search");
    asOf = timers.of("asOf");
  }

  @Override
  public int upsertAll(Db db, List<FinanceReport> reports) {
    return upsertAll.timeSupplier(() -> inner.upsertAll(db, reports));
  }

  @Override
  public List<FinanceReport> recent(Db db, ThirdCode code, int limit) {
    return recent.timeSupplier(() -> inner.recent(db, code, limit));
  }

  @Override
  public List<FinanceReport> asOf(Db db, ThirdCode code, LocalDate day, int limit) {
    return asOf.timeSupplier(() -> inner.asOf(db, code, day, limit));
  }

  @Override
  public List<FinanceReport> search(Db db, FinanceSearch criteria, ReportKey after, int skip,
      int limit) {
    return search.timeSupplier(() -> inner.search(db, criteria, after, skip, limit));
  }
}
