package stockassistant.adapters.persistence.timing;

import stockassistant.domain.transaction.Db;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import stockassistant.domain.quality.AuditSlice;
import stockassistant.domain.quality.Check;
import stockassistant.domain.quality.Dataset;
import stockassistant.domain.quality.QualityRepository;
import stockassistant.domain.quality.SliceResult;

/** A timer around each call of the quality repository (see {@link TimedQuoteRepository}). */
public final class TimedQualityRepository implements QualityRepository {
  private final QualityRepository inner;
  private final Timer codes;
  private final Timer estimatedBars;
  private final Timer newestBarDay;
  private final Timer run;
  private final Timer newestDay;

  public TimedQualityRepository(QualityRepository inner, MetricRegistry metrics) {
    this.inner = inner;
    var timers = new PortTimers(metrics, QualityRepository.class);
    codes = timers.of("codes");
    estimatedBars = timers.of("estimatedBars");
    newestBarDay = timers.of("newestBarDay");
    run = timers.of("run");
    newestDay = timers.of("newestDay");
  }

  @Override
  public List<String> codes(Db db) {
    return codes.timeSupplier(() -> inner.codes(db));
  }

  @Override
  public long estimatedBars(Db db) {
    return estimatedBars.timeSupplier(() -> inner.estimatedBars(db));
  }

  @Override
  public Optional<LocalDate> newestBarDay(Db db, LocalDate notAfter) {
    return newestBarDay.timeSupplier(() -> inner.newestBarDay(db, notAfter));
  }

  @Override
  public SliceResult run(Db db, Check check, AuditSlice slice, int examples) {
    return run.timeSupplier(() -> inner.run(db, check, slice, examples));
  }

  @Override
  public Optional<LocalDate> newestDay(Db db, Dataset dataset, int lookBackDays) {
    return newestDay.timeSupplier(() -> inner.newestDay(db, dataset, lookBackDays));
  }
}
