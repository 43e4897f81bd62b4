package stockassistant.application.marketdata;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import stockassistant.application.DateRange;
import stockassistant.application.UpsertResult;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.MarketBar;
import stockassistant.domain.quote.QuoteRepository;
import stockassistant.domain.stock.ThirdCode;
import stockassistant.domain.transaction.UnitOfWork;

/**
 * Daily bars: the in-process API other modules call (and the HTTP API's backend). Reads stream
 * into a sink, so a whole history or a whole market is never held in memory.
 */
public final class MarketData {
  private final QuoteRepository quotes;
  private final UnitOfWork work;

  @Inject
  public MarketData(QuoteRepository quotes, UnitOfWork work) {
    this.quotes = quotes;
    this.work = work;
  }

  /** All or nothing; duplicates collapse to the last one. */
  public UpsertResult upsertBars(UpsertBarsCommand command) {
    List<DailyBar> bars = command.lastPerKey();
    if (bars.isEmpty()) {
      return new UpsertResult(command.bars().size(), 0);
    }
    return work.inTransaction(() -> new UpsertResult(command.bars().size(), quotes.upsertAll(bars)));
  }

  public void priceBars(ThirdCode code, DateRange range, Consumer<DailyBar> sink) {
    quotes.priceBars(code, range.start(), range.end(), sink);
  }

  public void valuationBars(ThirdCode code, DateRange range, Consumer<DailyBar> sink) {
    quotes.valuationBars(code, range.start(), range.end(), sink);
  }

  public Optional<DailyBar> latestBar(ThirdCode code) {
    return quotes.latest(code);
  }

  public Optional<LocalDate> latestTradeDate() {
    return quotes.latestTradeDate();
  }

  public void crossSection(LocalDate tradeDate, Consumer<MarketBar> sink) {
    quotes.crossSection(tradeDate, sink);
  }
}
