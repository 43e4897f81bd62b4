package stockassistant.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;

/** The database answers through the pool; reports the pool's figures either way. */
public final class PoolHealthCheck extends HealthCheck {
  private static final int VALIDATION_SECONDS = 2;
  private final HikariDataSource dataSource;

  public PoolHealthCheck(HikariDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  protected Result check() {
    ResultBuilder result;
    try (Connection connection = dataSource.getConnection()) {
      result = connection.isValid(VALIDATION_SECONDS)
          ? Result.builder().healthy().withMessage("the database answers")
          : Result.builder().unhealthy().withMessage("the database did not answer in time");
    } catch (Exception failure) {
      // the message of a connection failure can carry host names but never the password
      result = Result.builder().unhealthy().withMessage("no connection to the database");
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
}
