package stockassistant.application.marketdata;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import stockassistant.application.DateRange;
import stockassistant.application.Pages;
import stockassistant.application.UpsertResult;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.MarketBar;
import stockassistant.domain.quote.QuoteRepository;
import stockassistant.domain.stock.ThirdCode;
import stockassistant.domain.transaction.UnitOfWork;

/**
 * Daily bars: the in-process API other modules call (and the HTTP API's backend). Long reads
 * arrive page by page in a sink, outside any database work, so a whole history or a whole market
 * is never held in memory and a slow consumer never holds a connection.
 */
public final class MarketData {
  /** Rows per page of a streamed read: a one-year range is one page, a full history four. */
  public static final int PAGE_ROWS = 2_000;
  /** Batches above this many bars get the bulk budget (a backfill, a large upload). */
  public static final int BULK_ROWS = 20_000;

  private final QuoteRepository quotes;
  private final UnitOfWork work;

  @Inject
  public MarketData(QuoteRepository quotes, UnitOfWork work) {
    this.quotes = quotes;
    this.work = work;
  }

  /** All or nothing; duplicates of (third_code, trade_date) collapse to the last one. */
  public UpsertResult upsertBars(UpsertBarsCommand command) {
    List<DailyBar> bars = command.bars();
    if (bars.isEmpty()) {
      return new UpsertResult(0, 0);
    }
    int written = bars.size() > BULK_ROWS
        ? work.bulkWrite("MarketData.upsertBars", () -> quotes.upsertAll(bars))
        : work.write("MarketData.upsertBars", () -> quotes.upsertAll(bars));
    return new UpsertResult(bars.size(), written);
  }

  /**
   * After a bulk load: the planner's statistics of the bars, fresh at once rather than whenever
   * autovacuum comes round (a table that doubled still planned as its old self until then).
   */
  public void refreshStatistics() {
    work.bulkWrite("MarketData.refreshStatistics", () -> {
      quotes.refreshStatistics();
      return null;
    });
  }

  /** Price bars (price columns, adj_factor, source) of one code, ascending by trade_date. */
  public void priceBars(ThirdCode code, DateRange range, Consumer<DailyBar> sink) {
    priceBarPages(code, range, page -> eachBar(page, sink));
  }

  /** As {@link #priceBars}, a page at a time as columns: for callers that write many rows. */
  public void priceBarPages(ThirdCode code, DateRange range, Consumer<BarPage> sink) {
    Pages.stream(PAGE_ROWS, (LocalDate after) -> work.read("MarketData.priceBars",
            () -> quotes.priceBars(code, range.startAfter(after), range.end(), PAGE_ROWS)),
        BarPage::size, MarketData::lastDay, sink);
  }

  /** Bars with every column (prices, adjustment and daily indicators), ascending by trade_date. */
  public void fullBars(ThirdCode code, DateRange range, Consumer<DailyBar> sink) {
    fullBarPages(code, range, page -> eachBar(page, sink));
  }

  /** As {@link #fullBars}, a page at a time as columns. */
  public void fullBarPages(ThirdCode code, DateRange range, Consumer<BarPage> sink) {
    Pages.stream(PAGE_ROWS, (LocalDate after) -> work.read("MarketData.fullBars",
            () -> quotes.fullBars(code, range.startAfter(after), range.end(), PAGE_ROWS)),
        BarPage::size, MarketData::lastDay, sink);
  }

  public Optional<DailyBar> latestBar(ThirdCode code) {
    return work.read("MarketData.latestBar", () -> quotes.latest(code));
  }

  public Optional<LocalDate> latestTradeDate() {
    return work.read("MarketData.latestTradeDate", quotes::latestTradeDate);
  }

  /** Every bar of one trading day with the stock's name, ordered by third_code. */
  public void crossSection(LocalDate tradeDate, Consumer<MarketBar> sink) {
    crossSectionPages(tradeDate, page -> {
      for (int row = 0; row < page.size(); row++) {
        sink.accept(page.marketBar(row));
      }
    });
  }

  /** As {@link #crossSection}, a page at a time as columns (names included). */
  public void crossSectionPages(LocalDate tradeDate, Consumer<BarPage> sink) {
    Pages.stream(PAGE_ROWS, (ThirdCode after) -> work.read("MarketData.crossSection",
            () -> quotes.crossSection(tradeDate, after, PAGE_ROWS)),
        BarPage::size, page -> ThirdCode.of(page.code(page.size() - 1)), sink);
  }

  private static LocalDate lastDay(BarPage page) {
    return page.tradeDate(page.size() - 1);
  }

  private static void eachBar(BarPage page, Consumer<DailyBar> sink) {
    for (int row = 0; row < page.size(); row++) {
      sink.accept(page.bar(row));
    }
  }
}
