package stockassistant.bootstrap.wiring;

import com.codahale.metrics.health.HealthCheckRegistry;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.bootstrap.database.DatabaseRuntime;
import stockassistant.bootstrap.database.Migrations;
import stockassistant.bootstrap.health.CircuitBreakerHealthCheck;
import stockassistant.bootstrap.health.MigrationsHealthCheck;
import stockassistant.bootstrap.health.PoolHealthCheck;

/** The readiness checks behind /health/ready. */
public final class HealthModule extends AbstractModule {

  @Provides
  @Singleton
  Migrations migrations(DatabaseRuntime database) {
    return new Migrations(database.target());
  }

  /** Registered once, when the injector is built (production stage builds singletons eagerly). */
  @Provides
  @Singleton
  RegisteredHealthChecks healthChecks(HealthCheckRegistry registry, Persistence persistence,
      Migrations migrations) {
    registry.register("database", new PoolHealthCheck(persistence.dataSource(), persistence.guard()));
    registry.register("circuit_breaker",
        new CircuitBreakerHealthCheck(persistence.guard().circuitBreaker()));
    registry.register("migrations", new MigrationsHealthCheck(migrations));
    return new RegisteredHealthChecks();
  }

  /** A marker: its existence means the checks are in the registry. */
  public static final class RegisteredHealthChecks {}
}
