package stockassistant.application.calendar;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import stockassistant.application.Limits;
import stockassistant.application.UpsertResult;
import stockassistant.application.Window;
import stockassistant.application.DateRange;
import stockassistant.application.Pager;
import stockassistant.application.marketdata.MarketData;
import stockassistant.domain.calendar.CalendarRepository;
import stockassistant.domain.calendar.Exchange;
import stockassistant.domain.calendar.ExchangeDay;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.calendar.SuspensionRepository;
import stockassistant.domain.calendar.SuspensionSearch;
import stockassistant.domain.transaction.UnitOfWork;

/**
 * The exchanges' trading calendars and the suspensions, as data: stored by the sync or an
 * import, read by {@code /tushare} trade_cal and suspend_d and by the audit.
 */
public final class MarketCalendar {
  /** Days (or records) per page of a streamed read. */
  public static final int PAGE_ROWS = 2_000;
  /** Batches above this many rows get the bulk budget (an import of decades). */
  public static final int BULK_ROWS = 20_000;
  public static final int MAX_CODES = 1_000;

  private final CalendarRepository calendar;
  private final SuspensionRepository suspensions;
  private final MarketData marketData;
  private final UnitOfWork work;

  @Inject
  public MarketCalendar(CalendarRepository calendar, SuspensionRepository suspensions,
      MarketData marketData, UnitOfWork work) {
    this.calendar = calendar;
    this.suspensions = suspensions;
    this.marketData = marketData;
    this.work = work;
  }

  /** All or nothing; duplicates of (exchange, cal_date) collapse to the last one. */
  public UpsertResult upsertDays(List<ExchangeDay> days) {
    if (days.isEmpty()) {
      return new UpsertResult(0, 0);
    }
    List<ExchangeDay> copy = List.copyOf(days);
    int written = copy.size() > BULK_ROWS
        ? work.bulkWrite("MarketCalendar.upsertDays", db -> calendar.upsertAll(db, copy))
        : work.write("MarketCalendar.upsertDays", db -> calendar.upsertAll(db, copy));
    return new UpsertResult(copy.size(), written);
  }

  /** All or nothing; duplicates of (ts_code, trade_date) collapse to the last one. */
  public UpsertResult upsertSuspensions(List<Suspension> records) {
    if (records.isEmpty()) {
      return new UpsertResult(0, 0);
    }
    List<Suspension> copy = List.copyOf(records);
    int written = copy.size() > BULK_ROWS
        ? work.bulkWrite("MarketCalendar.upsertSuspensions", db -> suspensions.upsertAll(db, copy))
        : work.write("MarketCalendar.upsertSuspensions", db -> suspensions.upsertAll(db, copy));
    return new UpsertResult(copy.size(), written);
  }

  /**
   * Every calendar day of one exchange from {@code to} back to {@code from}, newest first, cut
   * to a window: from the stored calendar when one is stored for the exchange; otherwise as the
   * days with bars tell it ({@link MarketData#tradingCalendar}, the rule before calendars were
   * stored). Returns whether rows were left beyond the window's limit.
   */
  public boolean days(Exchange exchange, LocalDate from, LocalDate to, Boolean open,
      Window window, Consumer<ExchangeDay> sink) {
    DateRange.requireOrdered(from, to);
    if (!work.read("MarketCalendar.days", db -> calendar.holds(db, exchange))) {
      return marketData.tradingCalendar(from, to, open, window, day ->
          sink.accept(new ExchangeDay(exchange, day.day(), day.open(), day.previousOpenDay())));
    }
    return Pager.rows(window, PAGE_ROWS, (LocalDate before, int skip, int limit) ->
            work.read("MarketCalendar.days",
                db -> calendar.days(db, exchange, from, to, open, before, skip, limit)),
        ExchangeDay::calDate, sink);
  }

  /**
   * Suspension records of a search, newest first (trade_date descending, then code), cut to a
   * window. Returns whether rows were left beyond the window's limit.
   */
  public boolean suspensions(SuspensionSearch search, Window window,
      Consumer<Suspension> sink) {
    Limits.requireAtMost("ts_code", search.codes().size(), MAX_CODES);
    return Pager.rows(window, PAGE_ROWS, (Suspension after, int skip, int limit) ->
            work.read("MarketCalendar.suspensions",
                db -> suspensions.search(db, search, after, skip, limit)),
        record -> record, sink);
  }
}
