package stockassistant.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.resilience.PersistenceFailure;
import stockassistant.domain.DatabaseUnavailable;

/**
 * The database answers through the pool; reports the pool's figures either way. The check is a
 * unit of work like any other (budget, circuit breaker): while the breaker is open it fails fast
 * without touching the database, and when it half-opens the check is the probe that lets it close
 * again, even while no traffic arrives because the instance reports not-ready.
 */
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
