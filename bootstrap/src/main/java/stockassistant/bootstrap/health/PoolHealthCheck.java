package stockassistant.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import stockassistant.adapters.persistence.resilience.DatabaseGuard;
import stockassistant.adapters.persistence.resilience.PersistenceFailure;
import stockassistant.domain.DatabaseUnavailable;

/**
 * The database answers through the pool; reports the pool's figures either way. The check runs
 * through the circuit breaker like any call: while it is open the check fails fast without
 * touching the database, and when it half-opens the check is the probe that lets it close again,
 * even while no traffic arrives because the instance reports not-ready.
 */
public final class PoolHealthCheck extends HealthCheck {
  private static final int VALIDATION_SECONDS = 2;
  private final HikariDataSource dataSource;
  private final DatabaseGuard guard;

  public PoolHealthCheck(HikariDataSource dataSource, DatabaseGuard guard) {
    this.dataSource = dataSource;
    this.guard = guard;
  }

  @Override
  protected Result check() {
    ResultBuilder result;
    try {
      boolean valid = guard.call(this::answers);
      result = valid ? Result.builder().healthy().withMessage("the database answers")
          : Result.builder().unhealthy().withMessage("the database did not answer in time");
    } catch (RuntimeException failure) {
      // domain messages only: never a host, a URL or a password
      result = Result.builder().unhealthy().withMessage("no connection to the database: "
          + (failure instanceof DatabaseUnavailable ? failure.getMessage() : "failed"));
    }
    HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
    if (pool != null) {
      result.withDetail("active", pool.getActiveConnections())
          .withDetail("idle", pool.getIdleConnections())
          .withDetail("pending", pool.getThreadsAwaitingConnection())
          .withDetail("total", pool.getTotalConnections())
          .withDetail("max", dataSource.getMaximumPoolSize());
    }
    return result.build();
  }

  private boolean answers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALIDATION_SECONDS);
    } catch (SQLException failure) {
      throw new PersistenceFailure("health check failed", failure);
    }
  }
}
