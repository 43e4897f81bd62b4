package stockassistant.bootstrap.health;

import com.codahale.metrics.health.HealthCheckRegistry;
import stockassistant.adapters.persistence.Persistence;
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
  }
}
