package stockassistant.adapters.persistence.pool;

import com.codahale.metrics.MetricRegistry;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Builds the HikariCP pool for a {@link DatabaseTarget} with every knob set from {@link PoolSettings}. */
public final class ConnectionPools {
  private ConnectionPools() {}

  public static ConnectionPool create(String poolName, DatabaseTarget target,
      PoolSettings settings, MetricRegistry metrics) {
    var config = new HikariConfig();
    config.setPoolName(poolName);
    config.setJdbcUrl(target.jdbcUrl());
    config.setUsername(target.username());
    config.setPassword(target.password());
    config.setMaximumPoolSize(settings.sizing().maximumPoolSize());
    config.setMinimumIdle(settings.sizing().minimumIdle());
    config.setConnectionTimeout(settings.timeouts().connectionTimeout().toMillis());
    config.setIdleTimeout(settings.sizing().idleTimeout().toMillis());
    config.setMaxLifetime(settings.sizing().maxLifetime().toMillis());
    config.setKeepaliveTime(settings.sizing().keepaliveTime().toMillis());
    config.setLeakDetectionThreshold(settings.sizing().leakDetectionThreshold().toMillis());
    config.setValidationTimeout(settings.timeouts().validationTimeout().toMillis());
    // Start even when the database is down: a serving process that reports not-ready and
    // recovers by itself beats a crash loop.
    config.setInitializationFailTimeout(-1);
    config.setAutoCommit(true);

    config.setDataSourceProperties(DriverProperties.of(settings, Direct.POOLED));
    config.setMetricRegistry(metrics);
    var dataSource = new HikariDataSource(config);
    return new ConnectionPool(dataSource, settings,
        metrics.meter(MetricRegistry.name(poolName, "pool", "ConnectionTimeoutRate")));
  }
}
