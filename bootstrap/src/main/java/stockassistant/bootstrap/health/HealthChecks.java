package stockassistant.bootstrap.health;

import stockassistant.adapters.persistence.session.OpenWork;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import java.nio.file.Path;
import java.util.Optional;
import stockassistant.adapters.persistence.embedded.PostmasterWatch;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.citus.CitusCluster;
import stockassistant.bootstrap.database.Migrations;

/** The checks behind /health/ready. */
public final class HealthChecks {
  /** Threads for the background checks: one stuck on a dead database must not hold the others. */
  public static final int BACKGROUND_THREADS = 4;

  private HealthChecks() {}

  /** Returns what stops the database check's background probes (the caller closes it last). */
  public static AutoCloseable register(HealthCheckRegistry registry, Persistence persistence,
      Migrations migrations) {
    var database = new PoolHealthCheck(persistence);
    registry.register("database", database);
    registry.register("circuit_breaker",
        new CircuitBreakerHealthCheck(persistence.guard().circuitBreaker()));
    registry.register("migrations", new MigrationsHealthCheck(migrations));
    if (!persistence.replicas().all().isEmpty()) {
      registry.register("read_replicas", new ReplicasHealthCheck(persistence.replicas()));
    }
    if (onCitus(persistence)) {
      registry.register("citus", new CitusHealthCheck(persistence));
    }
    return database;
  }

  /** Whether the database is a Citus coordinator; false when it cannot be asked at start. */
  private static boolean onCitus(Persistence persistence) {
    try {
      return persistence.unitOfWork().readFresh("Health.citus.detect", db -> {
        try {
          return CitusCluster.installed(OpenWork.of(db).connection());
        } catch (java.sql.SQLException failure) {
          throw new stockassistant.adapters.persistence.resilience.PersistenceFailure(
              "citus detection failed", failure);
        }
      });
    } catch (RuntimeException unanswered) {
      return false;
    }
  }

  /**
   * Free space and database size, as a check and as gauges in /metrics, Prometheus
   * ({@code stock_assistant_data_dir_free_bytes}, {@code stock_assistant_database_size_bytes})
   * and JMX; {@code dataDir} is the embedded data directory, if any. Free space is read when
   * asked (one statvfs); the size is the check's last sample.
   */
  public static void registerStorage(HealthCheckRegistry registry, MetricRegistry metrics,
      Persistence persistence, Optional<Path> dataDir, long minFreeBytes) {
    var storage = new StorageHealthCheck(dataDir, persistence.unitOfWork(), minFreeBytes);
    registry.register("storage", storage);
    if (dataDir.isPresent()) {
      metrics.register(StorageHealthCheck.FREE_GAUGE, (Gauge<Long>) storage::freeBytes);
    }
    metrics.register(StorageHealthCheck.SIZE_GAUGE, (Gauge<Long>) storage::databaseBytes);
  }

  /** {@code serve}'s keeper of the embedded server: restarting or given up is not ready. */
  public static void registerWatch(HealthCheckRegistry registry, PostmasterWatch watch) {
    registry.register("embedded_database", new EmbeddedServerHealthCheck(watch));
  }
}
