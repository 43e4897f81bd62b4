package stockassistant.adapters.persistence.timing;

import stockassistant.domain.transaction.Db;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import stockassistant.domain.quote.BarKey;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.BarQuery;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.QuoteRepository;
import stockassistant.domain.quote.VersionedBarPage;
import stockassistant.domain.stock.ThirdCode;

/**
 * A timer around each call of the quote repository: the time of its SQL and the reading of its
 * rows, inside a unit of work (not the wait for a connection, which the use-case timer and the
 * pool's Wait count). Each retry attempt is timed on its own. Every bar read is one method
 * ({@code bars}), so the use-case timers ({@code usecase.MarketData.*}) tell which shape is slow.
 */
public final class TimedQuoteRepository implements QuoteRepository {
  private final QuoteRepository inner;
  private final Timer upsertAll;
  private final Timer bars;
  private final Timer writeVersion;
  private final Timer firstPageWithVersion;
  private final Timer latestTradeDate;
  private final Timer refreshStatistics;
  private final Timer latestAdjFactor;
  private final Timer tradeDays;
  private final Timer tradeDayBefore;
  private final Timer earliestTradeDate;

  public TimedQuoteRepository(QuoteRepository inner, MetricRegistry metrics) {
    this.inner = inner;
    var timers = new PortTimers(metrics, QuoteRepository.class);
    upsertAll = timers.of("upsertAll");
    bars = timers.of("bars");
    writeVersion = timers.of("writeVersion");
    firstPageWithVersion = timers.of("firstPageWithVersion");
    latestTradeDate = timers.of("latestTradeDate");
    refreshStatistics = timers.of("refreshStatistics");
    latestAdjFactor = timers.of("latestAdjFactor");
    tradeDays = timers.of("tradeDays");
    tradeDayBefore = timers.of("tradeDayBefore");
    earliestTradeDate = timers.of("earliestTradeDate");
  }

  @Override
  public int upsertAll(Db db, List<DailyBar> rows) {
    return upsertAll.timeSupplier(() -> inner.upsertAll(db, rows));
  }

  @Override
  public BarPage bars(Db db, BarQuery query, BarKey after, int skip, int limit) {
    return bars.timeSupplier(() -> inner.bars(db, query, after, skip, limit));
  }

  @Override
  public long writeVersion(Db db) {
    return writeVersion.timeSupplier(() -> inner.writeVersion(db));
  }

  @Override
  public VersionedBarPage firstPageWithVersion(Db db, BarQuery query, int skip, int limit) {
    return firstPageWithVersion.timeSupplier(
        () -> inner.firstPageWithVersion(db, query, skip, limit));
  }

  @Override
  public Optional<LocalDate> latestTradeDate(Db db) {
    return latestTradeDate.timeSupplier(() -> inner.latestTradeDate(db));
  }

  @Override
  public void refreshStatistics(Db db) {
    refreshStatistics.time(() -> inner.refreshStatistics(db));
  }

  @Override
  public Optional<Double> latestAdjFactor(Db db, ThirdCode code, LocalDate from, LocalDate to) {
    return latestAdjFactor.timeSupplier(() -> inner.latestAdjFactor(db, code, from, to));
  }

  @Override
  public List<LocalDate> tradeDays(Db db, LocalDate from, LocalDate to, int limit) {
    return tradeDays.timeSupplier(() -> inner.tradeDays(db, from, to, limit));
  }

  @Override
  public Optional<LocalDate> tradeDayBefore(Db db, LocalDate day) {
    return tradeDayBefore.timeSupplier(() -> inner.tradeDayBefore(db, day));
  }

  @Override
  public Optional<LocalDate> earliestTradeDate(Db db) {
    return earliestTradeDate.timeSupplier(() -> inner.earliestTradeDate(db));
  }
}
