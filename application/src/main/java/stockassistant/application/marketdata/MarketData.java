package stockassistant.application.marketdata;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import stockassistant.application.DateRange;
import stockassistant.application.Limits;
import stockassistant.application.Pager;
import stockassistant.application.UpsertResult;
import stockassistant.application.Window;
import stockassistant.application.WindowedSink;
import stockassistant.domain.quote.Adjustment;
import stockassistant.domain.quote.BarKey;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarPeriod;
import stockassistant.domain.quote.BarQuery;
import stockassistant.domain.quote.CalendarDay;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.PeriodBars;
import stockassistant.domain.quote.PriceAdjuster;
import stockassistant.domain.quote.TradingCalendar;
import stockassistant.domain.quote.MarketBar;
import stockassistant.domain.quote.QuoteRepository;
import stockassistant.domain.quote.VersionedBarPage;
import stockassistant.domain.stock.ThirdCode;
import stockassistant.domain.transaction.Db;
import stockassistant.domain.transaction.UnitOfWork;

/**
 * Daily bars: the in-process API other modules call (and the HTTP API's backend). Long reads
 * arrive page by page in a sink, outside any database work, so a whole history or a whole market
 * is never held in memory and a slow consumer never holds a connection.
 *
 * <p>Adjusted prices and weekly / monthly bars are computed here, from the plain daily bars, by
 * the domain's {@link PriceAdjuster} and {@link PeriodBars}, not in SQL: the fill rule of a null
 * adj_factor, the qfq reference and what a period bar is are business rules that belong in one
 * place a reader finds and a test checks without a database; the SQL stays the keyset read every
 * adapter (a replica, a sharded table) serves on its primary key; and a page at a time keeps
 * memory flat, where a window function or GROUP BY over a long history is one unbounded
 * statement. What it costs is one bounded read before the pages, for the qfq reference.
 */
public final class MarketData {
  /** Rows per page of a streamed read: a one-year range is one page, a full history four. */
  public static final int PAGE_ROWS = 2_000;
  /** Batches above this many bars get the bulk budget (a backfill, a large upload). */
  public static final int BULK_ROWS = 20_000;
  /** Codes one search may name. */
  public static final int MAX_CODES = 1_000;
  private static final Set<BarMetric> ALL = EnumSet.allOf(BarMetric.class);
  /** What a read answers when the caller's copy is current. */
  private static final BarPage NO_ROWS = BarPage.builder(Set.of(), false, 0).build();

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
        ? work.bulkWrite("MarketData.upsertBars", db -> quotes.upsertAll(db, bars))
        : work.write("MarketData.upsertBars", db -> quotes.upsertAll(db, bars));
    return new UpsertResult(bars.size(), written);
  }

  /**
   * After a bulk load: the planner's statistics of the bars, fresh at once rather than whenever
   * autovacuum comes round (a table that doubled still planned as its old self until then).
   */
  public void refreshStatistics() {
    work.bulkWrite("MarketData.refreshStatistics", db -> {
      quotes.refreshStatistics(db);
      return null;
    });
  }

  /** Price bars (price columns, adj_factor, source) of one code, ascending by trade_date. */
  public void priceBars(ThirdCode code, DateRange range, Consumer<DailyBar> sink) {
    priceBars(code, range, Adjustment.NONE, sink);
  }

  /** As {@link #priceBarPages}, a bar at a time (the in-process use README shows). */
  public void priceBars(ThirdCode code, DateRange range, Adjustment adjustment,
      Consumer<DailyBar> sink) {
    priceBarPages(code, range, adjustment, CachedCopy.NONE, BarPages.eachBar(sink));
  }

  /**
   * Price bars of one code, ascending by trade_date, a page at a time as columns, with open,
   * high, low, close and pre_close adjusted ({@link Adjustment#QFQ}: to the last bar of the
   * range; {@link Adjustment#HFQ}) or as stored ({@link Adjustment#NONE}); no rows when the
   * caller's copy is current. A forward adjustment first reads the reference factor.
   */
  public void priceBarPages(ThirdCode code, DateRange range, Adjustment adjustment,
      CachedCopy copy, Consumer<BarPage> sink) {
    PriceAdjuster adjuster = adjuster(code, range.start(), range.end(), adjustment);
    bars("MarketData.priceBars", BarQuery.range(code, range.start(), range.end(),
        BarMetric.PRICE_BAR), copy, BarPages.adjusted(adjuster, adjustment, sink));
  }

  /**
   * Bars with every column (prices, adjustment and daily indicators), ascending by trade_date,
   * a page at a time as columns; no rows when the caller's copy is current.
   */
  public void fullBarPages(ThirdCode code, DateRange range, CachedCopy copy,
      Consumer<BarPage> sink) {
    bars("MarketData.fullBars", BarQuery.range(code, range.start(), range.end(), ALL), copy,
        sink);
  }

  /** The newest bar of one code, every column. */
  public Optional<DailyBar> latestBar(ThirdCode code) {
    return latestBar(code, CachedCopy.NONE);
  }

  /** As above; empty too, without reading the bar, when the caller's copy is current. */
  public Optional<DailyBar> latestBar(ThirdCode code, CachedCopy copy) {
    BarQuery newest = BarQuery.newest(code, 1, ALL);
    BarPage page = work.read("MarketData.latestBar",
        db -> firstPage(db, newest, copy, 0, newest.newest()));
    return page.isEmpty() ? Optional.empty() : Optional.of(page.bar(0));
  }

  public Optional<LocalDate> latestTradeDate() {
    return work.read("MarketData.latestTradeDate", quotes::latestTradeDate);
  }

  /** Every bar of one trading day with the stock's name, ordered by third_code. */
  public void crossSection(LocalDate tradeDate, Consumer<MarketBar> sink) {
    crossSectionPages(tradeDate, CachedCopy.NONE, page -> {
      for (int row = 0; row < page.size(); row++) {
        sink.accept(page.marketBar(row));
      }
    });
  }

  /**
   * As {@link #crossSection}, a page at a time as columns (names included); no rows when the
   * caller's copy is current.
   */
  public void crossSectionPages(LocalDate tradeDate, CachedCopy copy, Consumer<BarPage> sink) {
    bars("MarketData.crossSection", BarQuery.day(tradeDate, ALL), copy, sink);
  }

  /**
   * A research panel: bars of several codes, or of every code (an empty list), from..to,
   * ordered by third_code then trade_date, a page at a time, with these columns and prices
   * adjusted per code as {@link #priceBarPages} adjusts one code's; no rows when the caller's
   * copy is current.
   */
  public void panelPages(List<ThirdCode> codes, DateRange range, Set<BarMetric> columns,
      Adjustment adjustment, CachedCopy copy, Consumer<BarPage> sink) {
    Limits.requireAtMost("codes", codes.size(), MAX_CODES);
    var query = new BarQuery(codes, range.start(), range.end(), null, columns, null, false,
        BarQuery.Order.CODE_THEN_DAY);
    bars("MarketData.panel", query, copy, adjustment == Adjustment.NONE ? sink
        : new PanelAdjustment(adjustment, code -> work.read("MarketData.adjustmentReference",
            db -> quotes.latestAdjFactor(db, code, range.start(), range.end())).orElse(null), sink));
  }

  /**
   * One bar per calendar period (week or month) that has trading days, ascending: whole periods,
   * those whose last trading day lies in the range. With an adjustment the daily bars are
   * adjusted first. Reads the days of the periods at the range's ends too, page by page, and
   * holds one period at a time.
   */
  public void periodBars(ThirdCode code, DateRange range, BarPeriod period, Adjustment adjustment,
      Consumer<DailyBar> sink) {
    periodBarPages(code, range, period, adjustment, CachedCopy.NONE, BarPages.eachBar(sink));
  }

  /** As {@link #periodBars}, a page at a time; no rows when the caller's copy is current. */
  public void periodBarPages(ThirdCode code, DateRange range, BarPeriod period,
      Adjustment adjustment, CachedCopy copy, Consumer<BarPage> sink) {
    DateRange days = wholePeriods(range, period);
    PriceAdjuster adjuster = adjuster(code, days.start(), range.end(), adjustment);
    var periods = new PeriodPages(period, false, range, Window.ALL, sink);
    bars("MarketData.priceBars", BarQuery.range(code, days.start(), days.end(),
        BarMetric.PRICE_BAR), copy, BarPages.adjusted(adjuster, adjustment, periods));
    periods.finish();
  }

  /**
   * Bars of a query newest first (trade_date descending, then third_code), cut to a window.
   * Returns whether rows were left beyond the window's limit.
   */
  public boolean barPagesNewestFirst(BarQuery query, Window window, Consumer<BarPage> sink) {
    Limits.requireAtMost("third_codes", query.codes().size(), MAX_CODES);
    return Pager.pages(window, PAGE_ROWS, (BarKey after, int skip, int limit) ->
            work.read("MarketData.barsNewestFirst", db -> quotes.bars(db, query, after, skip, limit)),
        BarPages.SHAPE, () -> false, sink);
  }

  /**
   * Weekly or monthly bars (unadjusted) of a query, newest first (trade_date descending, then
   * third_code), cut to a window: whole periods whose last trading day lies in the query's
   * range. The daily bars are read newest first across the codes, so one period of every code
   * is held at a time. Returns whether rows were left beyond the window's limit.
   */
  public boolean periodBarPagesNewestFirst(BarQuery query, BarPeriod period, Window window,
      Consumer<BarPage> sink) {
    Limits.requireAtMost("third_codes", query.codes().size(), MAX_CODES);
    DateRange range = new DateRange(query.from(), query.to());
    DateRange days = wholePeriods(range, period);
    BarQuery daily = query.between(days.start(), days.end()).reading(BarMetric.PRICE_BAR);
    var periods = new PeriodPages(period, true, range, window, sink);
    Pager.pages(Window.ALL, PAGE_ROWS, (BarKey after, int skip, int limit) ->
            work.read("MarketData.periodBarsNewestFirst",
                db -> quotes.bars(db, daily, after, skip, limit)),
        BarPages.SHAPE, periods::full, periods);
    periods.finish();
    return periods.full();
  }

  /**
   * The one bar read: the query's pages in order, each its own unit of work, the first told to
   * the caller's copy ({@link #firstPage}).
   */
  private void bars(String useCase, BarQuery query, CachedCopy copy, Consumer<BarPage> sink) {
    Pager.pages(Window.ALL, PAGE_ROWS, (BarKey after, int skip, int limit) ->
        work.read(useCase, db -> after == null ? firstPage(db, query, copy, skip, limit)
            : quotes.bars(db, query, after, skip, limit)),
        BarPages.SHAPE, () -> false, sink);
  }

  /**
   * A query's first page and the write version for the caller's copy: with a copy held, the
   * version first and no rows when the copy is current; with none, the version read with the
   * rows (one statement); with no copy at all, no version.
   */
  private BarPage firstPage(Db db, BarQuery query, CachedCopy copy, int skip, int limit) {
    if (copy == CachedCopy.NONE) {
      return quotes.bars(db, query, null, skip, limit);
    }
    if (copy.held()) {
      return copy.isCurrent(quotes.writeVersion(db)) ? NO_ROWS
          : quotes.bars(db, query, null, skip, limit);
    }
    VersionedBarPage first = quotes.firstPageWithVersion(db, query, skip, limit);
    return copy.isCurrent(first.writeVersion()) ? NO_ROWS : first.page();
  }

  /**
   * Every calendar day from {@code to} back to {@code from}, newest first: open when any bar is
   * stored for it, with the previous open day; only open (or closed) days when {@code open} is
   * given; cut to a window. A missing end defaults to the oldest (newest) day stored; with no
   * bars at all there is no calendar. Returns whether rows were left beyond the window's limit.
   */
  public boolean tradingCalendar(LocalDate from, LocalDate to, Boolean open, Window window,
      Consumer<CalendarDay> sink) {
    DateRange.requireOrdered(from, to);
    LocalDate first = from != null ? from
        : work.read("MarketData.tradingCalendar", quotes::earliestTradeDate).orElse(null);
    LocalDate last = to != null ? to
        : work.read("MarketData.tradingCalendar", quotes::latestTradeDate).orElse(null);
    if (first == null || last == null) {
      return false;
    }
    var days = new TradingCalendar(first, last, new OpenDays(first, last, PAGE_ROWS,
        (lower, upper) -> work.read("MarketData.tradingCalendar",
            db -> quotes.tradeDays(db, lower, upper, PAGE_ROWS)),
        day -> work.read("MarketData.tradingCalendar", db -> quotes.tradeDayBefore(db, day))));
    var windowed = new WindowedSink<CalendarDay>(window, sink);
    while (days.hasNext() && !windowed.full()) {
      CalendarDay day = days.next();
      if (open == null || day.open() == open) {
        windowed.accept(day);
      }
    }
    return windowed.full();
  }

  private PriceAdjuster adjuster(ThirdCode code, LocalDate from, LocalDate to,
      Adjustment adjustment) {
    Double reference = adjustment != Adjustment.QFQ ? null
        : work.read("MarketData.adjustmentReference",
            db -> quotes.latestAdjFactor(db, code, from, to)).orElse(null);
    return PriceAdjuster.of(adjustment, reference);
  }

  /** From the first day of the period holding the range's start to the last of its end's. */
  private static DateRange wholePeriods(DateRange range, BarPeriod period) {
    LocalDate end = period.end(range.end());
    return new DateRange(period.start(range.start()),
        end.isAfter(DateRange.LATEST) ? DateRange.LATEST : end);
  }

}
