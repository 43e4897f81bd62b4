package stockassistant.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.annotation.Async;
import java.util.concurrent.TimeUnit;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.resilience.PersistenceFailure;
import stockassistant.domain.DatabaseUnavailable;

/**
 * The database answers through the pool; reports the pool's figures either way. Runs in the
 * background every 500 ms ({@link Async}): readiness reads the last result at once, and a result
 * older than 2.5 s (a probe stuck on a dead database) reads as unhealthy, so a probe with a 1 s
 * timeout always gets an answer that is at most that old. The check is a
 * unit of work like any other (budget, circuit breaker): while the breaker is open it fails fast
 * without touching the database, and when it half-opens the check is the probe that lets it close
 * again, even while no traffic arrives because the instance reports not-ready.
 */
@Async(period = 500, healthyTtl = 2_500, unit = TimeUnit.MILLISECONDS,
    scheduleType = Async.ScheduleType.FIXED_DELAY, initialState = Async.InitialState.UNHEALTHY)
public final class PoolHealthCheck extends HealthCheck {
  private static final int VALIDATION_SECONDS = 2;
  private final Persistence persistence;

  public PoolHealthCheck(Persistence persistence) {
    this.persistence = persistence;
  }

  @Override
  protected Result check() {
    ResultBuilder result;
    try {
      // the primary itself, even when replicas serve reads
      boolean valid = persistence.transactions().readFresh("Health.database", this::answers);
      result = valid ? Result.builder().healthy().withMessage("the database answers")
          : Result.builder().unhealthy().withMessage("the database did not answer in time");
    } catch (RuntimeException failure) {
      // domain messages only: never a host, a URL or a password
      result = Result.builder().unhealthy().withMessage("no connection to the database: "
          + (failure instanceof DatabaseUnavailable ? failure.getMessage() : "failed"));
    }
    HikariPoolMXBean pool = persistence.pool().stats();
    return result.withDetail("active", pool.getActiveConnections())
        .withDetail("idle", pool.getIdleConnections())
        .withDetail("pending", pool.getThreadsAwaitingConnection())
        .withDetail("total", pool.getTotalConnections())
        .withDetail("max", persistence.pool().maximumSize())
        .build();
  }

  private boolean answers() {
    try {
      return persistence.transactions().connection().isValid(VALIDATION_SECONDS);
    } catch (SQLException failure) {
      throw new PersistenceFailure("health check failed", failure);
    }
  }
}
