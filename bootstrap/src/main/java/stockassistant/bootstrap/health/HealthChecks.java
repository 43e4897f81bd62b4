package stockassistant.bootstrap.health;

import com.codahale.metrics.health.HealthCheckRegistry;
import java.nio.file.Path;
import java.util.Optional;
import stockassistant.adapters.persistence.embedded.PostmasterWatch;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.bootstrap.database.Migrations;

/** The checks behind /health/ready. */
public final class HealthChecks {
  /** Threads for the background checks: one stuck on a dead database must not hold the others. */
  public static final int BACKGROUND_THREADS = 4;

  private HealthChecks() {}

  public static void register(HealthCheckRegistry registry, Persistence persistence,
      Migrations migrations) {
    registry.register("database", new PoolHealthCheck(persistence));
    registry.register("circuit_breaker",
        new CircuitBreakerHealthCheck(persistence.guard().circuitBreaker()));
    registry.register("migrations", new MigrationsHealthCheck(migrations));
    if (!persistence.replicas().all().isEmpty()) {
      registry.register("read_replicas", new ReplicasHealthCheck(persistence.replicas()));
    }
  }

  /** Free space and database size; {@code dataDir} is the embedded data directory, if any. */
  public static StorageHealthCheck registerStorage(HealthCheckRegistry registry,
      Persistence persistence, Optional<Path> dataDir, long minFreeBytes) {
    var storage = new StorageHealthCheck(dataDir, persistence.transactions(), minFreeBytes);
    registry.register("storage", storage);
    return storage;
  }

  /** {@code serve}'s keeper of the embedded server: restarting or given up is not ready. */
  public static void registerWatch(HealthCheckRegistry registry, PostmasterWatch watch) {
    registry.register("embedded_database", new EmbeddedServerHealthCheck(watch));
  }
}
