package stockassistant.application.sync;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import stockassistant.domain.DatabaseUnavailable;
import stockassistant.domain.calendar.Exchange;
import stockassistant.domain.finance.FinanceRepository;
import stockassistant.domain.quote.QuoteRepository;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.stock.StockRepository;
import stockassistant.domain.stock.ThirdCode;
import stockassistant.domain.sync.FeedRows;
import stockassistant.domain.sync.FeedStopped;
import stockassistant.domain.sync.MarketFeed;
import stockassistant.domain.sync.SyncJournal;
import stockassistant.domain.sync.SyncLock;
import stockassistant.domain.sync.SyncRun;
import stockassistant.domain.sync.SyncWatermark;
import stockassistant.domain.transaction.Db;
import stockassistant.domain.transaction.UnitOfWork;

/**
 * The Tushare sync: fills the store from the upstream market and keeps it current, one run at a
 * time across processes. A run does the stock list (listed, delisted and paused: no survivorship
 * bias), the bars by trade day, then finance; it is recorded with its outcome, and stopping it at
 * any moment loses nothing it had stored.
 */
public final class MarketSync {
  /** How far back a first run without --from goes. */
  static final int DEFAULT_DAYS_BACK = 365;
  private static final List<String> LIST_STATUSES = List.of("L", "D", "P");
  private static final int STOCK_BATCH = 1_000;

  private final MarketFeed feed;
  private final StockRepository stocks;
  private final SyncCalendar calendar;
  private final SyncWatermark watermark;
  private final SyncJournal journal;
  private final SyncLock lock;
  private final UnitOfWork work;
  private final Clock clock;
  private final BarSync bars;
  private final FinanceSync finance;
  private final AtomicBoolean runningHere = new AtomicBoolean();
  private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "sync");
    thread.setDaemon(true);
    return thread;
  });

  @Inject
  public MarketSync(MarketFeed feed, StockRepository stocks, QuoteRepository quotes,
      FinanceRepository reports, SyncCalendar calendar, SyncWatermark watermark,
      SyncJournal journal, SyncLock lock, UnitOfWork work, Clock clock) {
    this.feed = feed;
    this.stocks = stocks;
    this.calendar = calendar;
    this.watermark = watermark;
    this.journal = journal;
    this.lock = lock;
    this.work = work;
    this.clock = clock;
    var store = new DayStore(quotes, calendar, watermark, journal, work);
    this.bars = new BarSync(feed, calendar, watermark, work, store);
    this.finance = new FinanceSync(feed, stocks, reports, journal, work);
  }

  /** Runs now, on this thread. Throws {@link SyncBusy} when another sync holds the lock. */
  public SyncReport run(SyncRequest request, SyncProgress progress) {
    SyncLock.Held held = lock.tryHold().orElseThrow(SyncBusy::new);
    return runHolding(held, request, progress);
  }

  /**
   * Starts a run in the background and returns at once; throws {@link SyncBusy} (before
   * starting anything) when another sync holds the lock.
   */
  public void start(SyncRequest request, SyncProgress progress) {
    SyncLock.Held held = lock.tryHold().orElseThrow(SyncBusy::new);
    background.execute(() -> runHolding(held, request, progress));
  }

  private SyncReport runHolding(SyncLock.Held held, SyncRequest request, SyncProgress progress) {
    try (held) {
      runningHere.set(true);
      LocalDate today = LocalDate.now(clock);
      long runId = work.write("MarketSync.begin", db -> journal.begin(db, request.describe()));
      var tally = new RunTally(runId, feed, progress);
      SyncReport report;
      try {
        if (request.parts().contains(SyncPart.STOCKS)) {
          stockList(tally);
        }
        if (request.parts().contains(SyncPart.BARS)) {
          LocalDate to = request.to() != null ? request.to() : today;
          LocalDate from = request.from() != null ? request.from() : defaultFrom(to);
          if (!from.isAfter(to)) {
            bars.run(from, to, request.refresh(), tally);
          }
        }
        if (request.parts().contains(SyncPart.FINANCE)) {
          finance.run(today, tally);
        }
        report = new SyncReport(tally.counters(), null, null, false);
      } catch (FeedStopped stopped) {
        report = new SyncReport(tally.counters(), stopped.reason(), meaning(stopped), false);
      } catch (DatabaseUnavailable | stockassistant.domain.QueryTimedOut failure) {
        report = new SyncReport(tally.counters(), null, "database: " + failure.getMessage(), true);
      } catch (RuntimeException unexpected) {
        // recorded as failed rather than left 'running', then surfaced to the caller as it is
        record(runId, new SyncReport(tally.counters(), null, "unexpected: " + unexpected, true));
        throw unexpected;
      }
      record(runId, report);
      progress.note(report.toString());
      return report;
    } finally {
      runningHere.set(false);
    }
  }

  /** What a stop means for the user: what happened, and what to do. */
  private static String meaning(FeedStopped stopped) {
    return switch (stopped.reason()) {
      case DAILY_LIMIT -> "the daily allowance of " + stopped.api() + " is spent ("
          + stopped.getMessage() + "); run again tomorrow to resume";
      case NO_PERMISSION -> "this token may not call " + stopped.api() + " ("
          + stopped.getMessage() + ")";
      case BAD_TOKEN -> "the upstream refused TUSHARE_TOKEN (" + stopped.getMessage() + ")";
      case UNAVAILABLE -> "the upstream did not answer " + stopped.api() + " after retries ("
          + stopped.getMessage() + "); run again to resume";
      case REFUSED -> "the upstream refused " + stopped.api() + " (" + stopped.getMessage() + ")";
    };
  }

  private void record(long runId, SyncReport report) {
    SyncCounters c = report.counters();
    String outcome = report.databaseFailed() ? SyncRun.FAILED
        : report.stopped() != null ? SyncRun.STOPPED
        : report.rejected() ? SyncRun.REJECTED : SyncRun.DONE;
    var run = new SyncRun(runId, null, null, null, outcome, report.message(), c.daysStored(),
        c.rows(), (int) c.calls(), (int) c.waits(), c.rejected());
    try {
      work.write("MarketSync.finish", db -> {
        journal.finish(db, run);
        return null;
      });
    } catch (DatabaseUnavailable unrecorded) {
      // the next run finds this one still 'running' and records it as interrupted
    }
  }

  /** The day after the newest stored day, or a year back on an empty store. */
  private LocalDate defaultFrom(LocalDate to) {
    return work.readFresh("MarketSync.newestDay", watermark::newest).map(day -> day.plusDays(1))
        .orElse(to.minusDays(DEFAULT_DAYS_BACK));
  }

  /**
   * Listed, delisted and paused stocks, in batches; a stock's last_finance_sync_date is the
   * sync's own bookkeeping, so the stored one is kept.
   */
  private void stockList(RunTally tally) {
    tally.phase("stocks", 0);
    for (String status : LIST_STATUSES) {
      FeedRows<Stock> answer = feed.stocks(status);
      List<Stock> all = answer.rows();
      for (int start = 0; start < all.size(); start += STOCK_BATCH) {
        List<Stock> batch = all.subList(start, Math.min(all.size(), start + STOCK_BATCH));
        work.write("MarketSync.storeStocks", db -> stocks.upsertAll(db, keepFinanceDates(db, batch)));
      }
      work.write("MarketSync.reject", db -> {
        journal.reject(db, tally.runId(), answer.rejected());
        return null;
      });
      tally.stored(0, all.size(), answer.rejected().size());
    }
  }

  private List<Stock> keepFinanceDates(Db db, List<Stock> batch) {
    Map<ThirdCode, Stock> stored = stocks.findByThirdCodes(db, batch.stream().map(Stock::thirdCode)
        .toList()).stream().collect(Collectors.toMap(Stock::thirdCode, Function.identity()));
    var kept = new ArrayList<Stock>(batch.size());
    for (Stock stock : batch) {
      Stock before = stored.get(stock.thirdCode());
      kept.add(before == null || before.lastFinanceSyncDate() == null ? stock
          : new Stock(stock.thirdCode(), stock.symbol(), stock.name(), stock.area(),
              stock.industry(), stock.market(), stock.listDate(), stock.delistDate(),
              stock.fullname(), stock.enname(), stock.cnspell(), stock.exchange(),
              stock.currType(), stock.listStatus(), stock.isHs(), stock.source(),
              before.lastFinanceSyncDate()));
    }
    return kept;
  }

  /** The last run, freshness, late days and the newest refused rows. */
  public SyncStatus status() {
    LocalDate today = LocalDate.now(clock);
    boolean running = running();
    return work.readFresh("MarketSync.status", db -> {
      Optional<SyncRun> last = journal.last(db);
      LocalDate newestStored = watermark.newest(db).orElse(null);
      LocalDate newestOpen = calendar.newestOpenDay(db, Exchange.SSE, today).orElse(null);
      Integer behind = newestStored == null || newestOpen == null ? null
          : calendar.openDays(db, Exchange.SSE, newestStored.plusDays(1), newestOpen).size();
      int incomplete = watermark.incomplete(db, 10_000).size();
      return new SyncStatus(running, last.orElse(null), newestStored, newestOpen, behind,
          incomplete, journal.recentRejected(db, 20));
    });
  }

  /** Whether a sync runs now, here or in another process. */
  public boolean running() {
    if (runningHere.get()) {
      return true;
    }
    Optional<SyncLock.Held> probe = lock.tryHold();
    probe.ifPresent(SyncLock.Held::close);
    return probe.isEmpty();
  }
}
