package stockassistant.bootstrap.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.application.sync.MarketSync;
import stockassistant.application.sync.SyncBusy;
import stockassistant.application.sync.SyncCounters;
import stockassistant.application.sync.SyncProgress;
import stockassistant.application.sync.SyncRequest;

/**
 * {@code STOCK_SYNC_AT=HH:MM}: inside serve, the daily sync at that time of day in Shanghai (after
 * the evening's adj_factor and daily_basic, say 18:30). A day when another sync still runs is
 * skipped with a log line; the next day tries again. Each run is scheduled anew, so a clock change
 * never drifts it.
 */
public final class SyncSchedule implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SyncSchedule.class);
  private final MarketSync sync;
  private final LocalTime at;
  private final Clock clock;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
      runnable -> {
        Thread thread = new Thread(runnable, "sync-schedule");
        thread.setDaemon(true);
        return thread;
      });

  private SyncSchedule(MarketSync sync, LocalTime at, Clock clock) {
    this.sync = sync;
    this.at = at;
    this.clock = clock;
  }

  public static SyncSchedule start(MarketSync sync, LocalTime at) {
    var schedule = new SyncSchedule(sync, at, Clock.system(SyncParts.MARKET_ZONE));
    schedule.scheduleNext();
    return schedule;
  }

  /** How long from {@code now} until the next {@code at} (today's if still ahead, else tomorrow's). */
  static Duration untilNext(ZonedDateTime now, LocalTime at) {
    ZonedDateTime next = now.with(at);
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    return Duration.between(now, next);
  }

  private void scheduleNext() {
    Duration wait = untilNext(ZonedDateTime.now(clock), at);
    log.info("Next daily sync at {} Asia/Shanghai, in {} min", at, wait.toMinutes());
    timer.schedule(this::runOnce, wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void runOnce() {
    try {
      log.info("Daily sync starting: {}", sync.run(SyncRequest.daily(), new LogProgress()));
    } catch (SyncBusy busy) {
      log.warn("Daily sync skipped: {}", busy.getMessage());
    } catch (RuntimeException failure) {
      log.error("Daily sync failed: {}", failure.toString());
    } finally {
      scheduleNext();
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  /** A line every few seconds in the service log. */
  private static final class LogProgress implements SyncProgress {
    private long last;

    @Override
    public void update(SyncCounters c) {
      long now = System.nanoTime();
      if (now - last > 5_000_000_000L) {
        last = now;
        log.info("sync {}: {}/{} day(s), {} row(s), {} call(s), {} wait(s)", c.phase(),
            c.daysDone(), c.daysPlanned(), c.rows(), c.calls(), c.waits());
      }
    }

    @Override
    public void note(String message) {
      log.info("sync: {}", message);
    }
  }
}
