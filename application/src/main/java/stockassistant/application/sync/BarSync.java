package stockassistant.application.sync;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import stockassistant.application.ingest.WriteLanes;
import stockassistant.domain.calendar.Exchange;
import stockassistant.domain.calendar.ExchangeDay;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.sync.Dataset;
import stockassistant.domain.sync.DayMark;
import stockassistant.domain.sync.FeedRows;
import stockassistant.domain.sync.FeedStopped;
import stockassistant.domain.sync.MarketFeed;
import stockassistant.domain.sync.SyncWatermark;
import stockassistant.domain.transaction.UnitOfWork;

/**
 * Bars by trade day: the calendars of the range, then each open day not yet stored (every open
 * day with a refresh) fetched whole from the market and stored whole, the next day fetched while
 * the previous one is written; then the late datasets of days stored incomplete.
 */
final class BarSync {
  /** The exchanges whose calendars are kept; SSE's open days drive the bars. */
  static final List<String> EXCHANGES = List.of("SSE", "SZSE", "BSE");
  /** After this many runs a day's late data is given up on (reported, no longer fetched). */
  static final int LATE_ATTEMPTS = 10;
  /**
   * Days fetched at once, ahead of the ones being written: parsing a day's answers takes about
   * as long as writing it, so one fetcher alone left a core idle. Two hold at most four days
   * (~22,000 bars) in memory with the two being written. The first day of a run is fetched alone,
   * so a refused token or api is asked once, not once per day in flight.
   */
  static final int FETCH_AHEAD = 2;
  /**
   * Days written at once, each in its own transaction, on the import's write lanes: one COPY
   * stream keeps one database backend busy, two keep both cores of a small server busy, as the
   * importer's two writer lanes do. Days are independent rows and marks, so the order they commit
   * in does not matter.
   */
  static final int STORE_LANES = 2;

  private final MarketFeed feed;
  private final SyncCalendar calendar;
  private final SyncWatermark watermark;
  private final UnitOfWork work;
  private final DayStore store;
  /**
   * Set when the upstream will not serve suspend_d (too few points on Tushare, or a mirror that
   * does not have it): the bars go on without suspensions rather than stopping, and it is said.
   */
  private volatile String suspensionsRefused;
  /** Asks the datasets of a day at once; one per run. */
  private ExecutorService parallel;
  /**
   * The stop a fetched day met: the days already queued behind it do not call the upstream
   * again (a refused token or api refuses every day alike, and a spent quota must not be spent
   * further).
   */
  private volatile FeedStopped halted;

  BarSync(MarketFeed feed, SyncCalendar calendar, SyncWatermark watermark, UnitOfWork work,
      DayStore store) {
    this.feed = feed;
    this.calendar = calendar;
    this.watermark = watermark;
    this.work = work;
    this.store = store;
  }

  void run(LocalDate from, LocalDate to, boolean refresh, RunTally tally) {
    suspensionsRefused = null;
    halted = null;
    parallel = daemons(Dataset.values().length * FETCH_AHEAD, "sync-dataset");
    try {
      runDays(from, to, refresh, tally);
    } finally {
      parallel.shutdownNow();
    }
  }

  private void runDays(LocalDate from, LocalDate to, boolean refresh, RunTally tally) {
    tally.phase("calendar", 0);
    for (String exchange : EXCHANGES) {
      FeedRows<ExchangeDay> days = feed.calendar(exchange, from, to);
      work.bulkWrite("MarketSync.storeCalendar", db -> calendar.upsertDays(db, days.rows()));
      store.reject(tally.runId(), days.rejected());
      tally.stored(0, 0, days.rejected().size());
    }
    List<LocalDate> open = work.readFresh("MarketSync.openDays",
        db -> calendar.openDays(db, Exchange.SSE, from, to));
    Map<LocalDate, DayMark> marks = new HashMap<>();
    work.readFresh("MarketSync.marks", db -> watermark.marks(db, from, to))
        .forEach(mark -> marks.put(mark.day(), mark));
    List<LocalDate> todo = new ArrayList<>();
    for (LocalDate day : open) {
      if (refresh || !marks.containsKey(day)) {
        todo.add(day);
      }
    }
    tally.phase("bars", todo.size());
    fetchAndStore(todo, marks, tally);
    if (suspensionsRefused != null) {
      tally.note("suspensions were not synced: the upstream refused suspend_d ("
          + suspensionsRefused + ")");
    }
    lateData(tally);
  }

  private void fetchAndStore(List<LocalDate> days, Map<LocalDate, DayMark> marks, RunTally tally) {
    if (days.isEmpty()) {
      return;
    }
    ExecutorService ahead = daemons(FETCH_AHEAD, "sync-fetch-ahead");
    // no day queued beside the ones being written: a fetched day waits for its lane's last one
    try (var lanes = new WriteLanes<FetchedDay>(STORE_LANES, 0, "sync-store",
        fetched -> store(fetched, marks, tally))) {
      var inFlight = new ArrayDeque<CompletableFuture<FetchedDay>>();
      inFlight.add(fetch(days.get(0), ahead));
      int asked = 1;
      int stored = 0;
      for (int i = 0; i < days.size(); i++) {
        FetchedDay fetched;
        try {
          fetched = join(inFlight.poll());
        } catch (RuntimeException stopped) {
          keepWhatWasFetched(inFlight, lanes, stored, stopped);
          throw stopped;
        }
        while (asked < days.size() && inFlight.size() < FETCH_AHEAD) {
          inFlight.add(fetch(days.get(asked++), ahead));
        }
        if (!fetched.published()) {
          tally.note(fetched.day() + ": no prices published yet; fetched again on the next run");
          continue;
        }
        lanes.submit(stored++ % STORE_LANES, fetched);
      }
    } finally {
      ahead.shutdownNow();
    }
  }

  private void store(FetchedDay fetched, Map<LocalDate, DayMark> marks, RunTally tally) {
    DayMark before = marks.get(fetched.day());
    DayMark mark = store.store(tally.runId(), fetched, before == null ? 1 : before.attempts() + 1);
    tally.stored(1, mark.rows(), fetched.rejected().size());
  }

  /**
   * A fetch failed and stops the run: the days already fetched (before it, or beside it when
   * two were asked at once) are stored first, so no answer the quota paid for is thrown away and
   * the watermark stands where fetching stopped. A store failing meanwhile is added to the stop.
   */
  private static void keepWhatWasFetched(ArrayDeque<CompletableFuture<FetchedDay>> inFlight,
      WriteLanes<FetchedDay> lanes, int stored, RuntimeException stopped) {
    try {
      for (CompletableFuture<FetchedDay> next : inFlight) {
        FetchedDay fetched = next.exceptionally(sameStop -> null).join();
        if (fetched != null && fetched.published()) {
          lanes.submit(stored++ % STORE_LANES, fetched);
        }
      }
    } catch (RuntimeException storeFailed) {
      stopped.addSuppressed(storeFailed);
    }
  }

  private static ExecutorService daemons(int threads, String name) {
    return Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Days stored with a late dataset missing: only that dataset again, laid over the stored rows. */
  private void lateData(RunTally tally) {
    List<DayMark> incomplete = work.readFresh("MarketSync.incompleteDays",
        db -> watermark.incomplete(db, 10_000)).stream()
        .filter(mark -> mark.attempts() < LATE_ATTEMPTS).toList();
    if (incomplete.isEmpty()) {
      return;
    }
    tally.phase("late data", incomplete.size());
    for (DayMark mark : incomplete) {
      FetchedDay late = fetchNow(mark.day(), mark.missing());
      DayMark after = store.storeLate(tally.runId(), late, mark);
      tally.stored(1, 0, late.rejected().size());
      if (!after.complete()) {
        tally.note(mark.day() + ": " + Dataset.names(after.missing()) + " still incomplete");
      }
    }
  }

  /** A whole day (every dataset), fetched on the fetch-ahead threads. */
  private CompletableFuture<FetchedDay> fetch(LocalDate day, ExecutorService ahead) {
    return CompletableFuture.supplyAsync(
        () -> fetchUnlessHalted(day, EnumSet.allOf(Dataset.class)), ahead);
  }

  private FetchedDay fetchUnlessHalted(LocalDate day, Set<Dataset> datasets) {
    FeedStopped earlier = halted;
    if (earlier != null) {
      throw earlier;
    }
    try {
      return fetchNow(day, datasets);
    } catch (FeedStopped stopped) {
      halted = stopped;
      throw stopped;
    }
  }

  /**
   * The datasets of one day, asked at once (Tushare paces each api on its own, so four calls in
   * parallel cost the time of the slowest, not of all four).
   */
  private FetchedDay fetchNow(LocalDate day, Set<Dataset> datasets) {
    Map<Dataset, CompletableFuture<FeedRows<DailyBar>>> asked = new EnumMap<>(Dataset.class);
    for (Dataset dataset : Dataset.values()) {
      if (dataset != Dataset.SUSPENSIONS && datasets.contains(dataset)) {
        asked.put(dataset, CompletableFuture.supplyAsync(() -> feed.day(dataset, day), parallel));
      }
    }
    CompletableFuture<FeedRows<Suspension>> suspended = datasets.contains(Dataset.SUSPENSIONS)
        ? CompletableFuture.supplyAsync(() -> suspensions(day), parallel)
        : CompletableFuture.completedFuture(null);
    Map<Dataset, FeedRows<DailyBar>> bars = new EnumMap<>(Dataset.class);
    asked.forEach((dataset, rows) -> bars.put(dataset, join(rows)));
    return new FetchedDay(day, bars, join(suspended));
  }

  private FeedRows<Suspension> suspensions(LocalDate day) {
    if (suspensionsRefused != null) {
      return null;
    }
    try {
      return feed.suspensions(day);
    } catch (FeedStopped stopped) {
      if (stopped.reason() != FeedStopped.Reason.NO_PERMISSION
          && stopped.reason() != FeedStopped.Reason.REFUSED) {
        throw stopped;
      }
      suspensionsRefused = stopped.getMessage();
      return null;
    }
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException failure) {
      if (failure.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw failure;
    }
  }
}
