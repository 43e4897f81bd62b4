package stockassistant.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.annotation.Async;
import java.util.concurrent.TimeUnit;
import stockassistant.bootstrap.database.Migrations;

/**
 * The schema is at the version this build expects. Checked in the background ({@link Async}):
 * Flyway's history is read every second while the answer is not "up to date", and a good answer
 * is kept for {@value #KEEP_GOOD_MS} ms, since the schema only changes by a migration.
 */
@Async(period = 1, healthyTtl = 30, unit = TimeUnit.SECONDS,
    scheduleType = Async.ScheduleType.FIXED_DELAY, initialState = Async.InitialState.UNHEALTHY)
public final class MigrationsHealthCheck extends HealthCheck {
  static final long KEEP_GOOD_MS = 15_000;
  private final Migrations migrations;
  private volatile Result lastGood;

  public MigrationsHealthCheck(Migrations migrations) {
    this.migrations = migrations;
  }

  @Override
  protected Result check() {
    Result good = lastGood;
    if (good != null && System.currentTimeMillis() - good.getTime() < KEEP_GOOD_MS) {
      return good;
    }
    lastGood = null;
    Result fresh = checkNow();
    if (fresh.isHealthy()) {
      lastGood = fresh;
    }
    return fresh;
  }

  private Result checkNow() {
    try {
      Migrations.Status status = migrations.status();
      ResultBuilder result = status.upToDate() ? Result.builder().healthy()
          : Result.builder().unhealthy();
      return result.withMessage(status.upToDate() ? "schema up to date"
              : status.pending() + " migration(s) pending; run ./stock-assistant migrate")
          .withDetail("version", status.currentVersion())
          .withDetail("pending", status.pending())
          .build();
    } catch (RuntimeException failure) {
      return Result.unhealthy("migration status unavailable: the database cannot be read");
    }
  }
}
