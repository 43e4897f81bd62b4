package stockassistant.bootstrap.health;

import com.codahale.metrics.health.HealthCheckRegistry;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.citus.CitusCluster;
import stockassistant.bootstrap.database.Migrations;

/** The checks behind /health/ready. */
public final class HealthChecks {
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
    if (onCitus(persistence)) {
      registry.register("citus", new CitusHealthCheck(persistence));
    }
  }

  /** Whether the database is a Citus coordinator; false when it cannot be asked at start. */
  private static boolean onCitus(Persistence persistence) {
    try {
      return persistence.transactions().readFresh("Health.citus.detect", () -> {
        try {
          return CitusCluster.installed(persistence.transactions().connection());
        } catch (java.sql.SQLException failure) {
          throw new stockassistant.adapters.persistence.resilience.PersistenceFailure(
              "citus detection failed", failure);
        }
      });
    } catch (RuntimeException unanswered) {
      return false;
    }
  }
}
