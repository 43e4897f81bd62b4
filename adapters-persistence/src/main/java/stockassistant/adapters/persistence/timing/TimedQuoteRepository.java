package stockassistant.adapters.persistence.timing;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import stockassistant.domain.quote.BarKey;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.BarSearch;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.QuoteRepository;
import stockassistant.domain.stock.ThirdCode;

/**
 * A timer around each call of the quote repository: the time of its SQL and the reading of its
 * rows, inside a unit of work (not the wait for a connection, which the use-case timer and the
 * pool's Wait count). Each retry attempt is timed on its own.
 */
public final class TimedQuoteRepository implements QuoteRepository {
  private final QuoteRepository inner;
  private final Timer upsertAll;
  private final Timer priceBars;
  private final Timer fullBars;
  private final Timer latest;
  private final Timer latestTradeDate;
  private final Timer crossSection;
  private final Timer refreshStatistics;
  private final Timer latestAdjFactor;
  private final Timer newestFirst;
  private final Timer tradeDays;
  private final Timer tradeDayBefore;
  private final Timer earliestTradeDate;

  public TimedQuoteRepository(QuoteRepository inner, MetricRegistry metrics) {
    this.inner = inner;
    var timers = new PortTimers(metrics, QuoteRepository.class);
    upsertAll = timers.of("upsertAll");
    priceBars = timers.of("priceBars");
    fullBars = timers.of("fullBars");
    latest = timers.of("latest");
    latestTradeDate = timers.of("latestTradeDate");
    crossSection = timers.of("crossSection");
    refreshStatistics = timers.of("refreshStatistics");
    latestAdjFactor = timers.of("latestAdjFactor");
    newestFirst = timers.of("newestFirst");
    tradeDays = timers.of("tradeDays");
    tradeDayBefore = timers.of("tradeDayBefore");
    earliestTradeDate = timers.of("earliestTradeDate");
  }

  @Override
  public int upsertAll(List<DailyBar> bars) {
    return upsertAll.timeSupplier(() -> inner.upsertAll(bars));
  }

  @Override
  public BarPage priceBars(ThirdCode code, LocalDate from, LocalDate to, int limit) {
    return priceBars.timeSupplier(() -> inner.priceBars(code, from, to, limit));
  }

  @Override
  public BarPage fullBars(ThirdCode code, LocalDate from, LocalDate to, int limit) {
    return fullBars.timeSupplier(() -> inner.fullBars(code, from, to, limit));
  }

  @Override
  public Optional<DailyBar> latest(ThirdCode code) {
    return latest.timeSupplier(() -> inner.latest(code));
  }

  @Override
  public Optional<LocalDate> latestTradeDate() {
    return latestTradeDate.timeSupplier(inner::latestTradeDate);
  }

  @Override
  public BarPage crossSection(LocalDate tradeDate, ThirdCode after, int limit) {
    return crossSection.timeSupplier(() -> inner.crossSection(tradeDate, after, limit));
  }

  @Override
  public void refreshStatistics() {
    refreshStatistics.time(() -> inner.refreshStatistics());
  }

  @Override
  public Optional<Double> latestAdjFactor(ThirdCode code, LocalDate from, LocalDate to) {
    return latestAdjFactor.timeSupplier(() -> inner.latestAdjFactor(code, from, to));
  }

  @Override
  public List<DailyBar> newestFirst(BarSearch search, BarKey after, int skip, int limit) {
    return newestFirst.timeSupplier(() -> inner.newestFirst(search, after, skip, limit));
  }

  @Override
  public List<LocalDate> tradeDays(LocalDate from, LocalDate to, int limit) {
    return tradeDays.timeSupplier(() -> inner.tradeDays(from, to, limit));
  }

  @Override
  public Optional<LocalDate> tradeDayBefore(LocalDate day) {
    return tradeDayBefore.timeSupplier(() -> inner.tradeDayBefore(day));
  }

  @Override
  public Optional<LocalDate> earliestTradeDate() {
    return earliestTradeDate.timeSupplier(inner::earliestTradeDate);
  }
}
