package stockassistant.bootstrap.runtime;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.secrets.KeyRingSource;
import stockassistant.adapters.web.ops.prometheus.SummingMetricRegistry;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.database.DatabaseRuntime;
import stockassistant.bootstrap.database.Migrations;
import stockassistant.bootstrap.health.HealthChecks;
import stockassistant.bootstrap.observability.HikariLeakCounter;
import stockassistant.bootstrap.observability.MetricSets;
import stockassistant.bootstrap.security.KeyRings;
import stockassistant.bootstrap.wiring.BackupModule;
import stockassistant.bootstrap.wiring.CoreModule;
import stockassistant.bootstrap.wiring.SyncModule;

/**
 * What serve, import, sync, audit, bench and the HTTP integration tests run on, started in this
 * order: the database (configured or embedded), its schema, the pool and units of work, the
 * metrics and health checks, the LLM API keys' data keys, and the Guice injector of the facades.
 * Migrate, doctor, secrets, backup and restore share only the first step (docs/ARCHITECTURE.md).
 */
final class Backend {
  private static final Logger log = LoggerFactory.getLogger(Backend.class);

  private Backend() {}

  /** Starts every part, registering each with {@code started} so it is stopped in reverse. */
  static Injector start(AppConfig config, StartedParts started, Module... more) {
    return start(config, started, true, more);
  }

  /**
   * @param watching whether the health checks run in the background (serve); a one-shot command
   *     has nobody asking, so it spares the database their probes
   */
  static Injector start(AppConfig config, StartedParts started, boolean watching,
      Module... more) {
    // keeps a running total per timer, so the Prometheus summaries carry _sum
    var metrics = new SummingMetricRegistry();
    // runs the @Async checks (migrations, storage) in the background; the database check has
    // its own prober: readiness reads their last results and never waits on the database
    var health = watching ? new HealthCheckRegistry(HealthChecks.BACKGROUND_THREADS)
        : new HealthCheckRegistry();
    DatabaseRuntime database = started.add(DatabaseRuntime.start(config));
    var migrations = new Migrations(config.migrationTarget(database.target()), config.pool());
    if (config.migrateOnStart()) {
      int applied = migrations.migrate();
      if (applied > 0) {
        log.info("Applied {} migration(s)", applied);
      }
    }
    Persistence persistence = started.add(Persistence.open(database.target(), config.pool(),
        config.resilience(), config.budgets(), metrics, config.readReplicas()));
    MetricSets.register(metrics, persistence.guard());
    HikariLeakCounter.install(metrics, persistence.pool().name());
    if (watching) {
      started.add(HealthChecks.register(health, persistence, migrations));
      HealthChecks.registerStorage(health, metrics, persistence,
          database.embedded().map(EmbeddedPostgresServer::dataDirectory),
          config.store().minFreeBytes());
    }
    started.add(health::shutdown);
    KeyRingSource keys = KeyRings.forService(config.security().keys());

    List<Module> modules = new ArrayList<>();
    modules.add(new CoreModule(config, database, persistence, keys, metrics, health));
    modules.add(new BackupModule());
    modules.add(new SyncModule());
    modules.addAll(List.of(more));
    return Guice.createInjector(Stage.PRODUCTION, modules);
  }
}
