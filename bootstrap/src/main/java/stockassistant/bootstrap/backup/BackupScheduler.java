package stockassistant.bootstrap.backup;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.application.backup.BackupSchedule;
import stockassistant.application.backup.Backups;
import stockassistant.domain.backup.Backup;

/**
 * serve's daily backup (STOCK_BACKUP_AT, local time): one background thread that sleeps until
 * the time, runs {@link Backups#runScheduled}, logs what it made and deleted, and sleeps again.
 * A failed run is logged and the next day's runs as usual.
 */
public final class BackupScheduler implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BackupScheduler.class);

  private final Backups backups;
  private final LocalTime at;
  private final Supplier<ZonedDateTime> clock;
  private final ScheduledExecutorService timer;

  private BackupScheduler(Backups backups, LocalTime at, Supplier<ZonedDateTime> clock) {
    this.backups = backups;
    this.at = at;
    this.clock = clock;
    this.timer = Executors.newSingleThreadScheduledExecutor(work -> {
      Thread thread = new Thread(work, "backup-schedule");
      thread.setDaemon(true);
      return thread;
    });
  }

  public static BackupScheduler start(Backups backups, LocalTime at) {
    return start(backups, at, ZonedDateTime::now);
  }

  /** With the local time told by {@code clock}. */
  static BackupScheduler start(Backups backups, LocalTime at, Supplier<ZonedDateTime> clock) {
    var scheduler = new BackupScheduler(backups, at, clock);
    scheduler.scheduleNext();
    return scheduler;
  }

  private void scheduleNext() {
    Duration wait = BackupSchedule.untilNext(at, clock.get());
    log.info("Next backup at {} into {} (keeping {}), in {} min", at,
        backups.policy().directory(), backups.policy().keep(), wait.toMinutes());
    timer.schedule(this::run, wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void run() {
    try {
      var run = backups.runScheduled();
      Backup made = run.made();
      log.info("Scheduled backup {}: {} rows, {} bytes, verified; deleted {}", made.name(),
          made.rows(), made.bytes(), run.deleted().stream().map(Backup::name).toList());
    } catch (RuntimeException failure) {
      log.warn("Scheduled backup failed; older backups are kept: {}", failure.getMessage());
    } finally {
      if (!timer.isShutdown()) {
        scheduleNext();
      }
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
