package stockassistant.bootstrap.runtime;

import com.google.inject.Injector;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.web.HttpApi;
import stockassistant.application.backup.Backups;
import stockassistant.bootstrap.backup.BackupScheduler;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.database.DatabaseRuntime;
import stockassistant.bootstrap.health.HealthChecks;
import stockassistant.application.quality.DataQuality;
import stockassistant.bootstrap.observability.FreshnessGauges;
import stockassistant.bootstrap.observability.JmxPublisher;
import stockassistant.bootstrap.security.ApiKeySealing;
import stockassistant.bootstrap.sync.SyncSchedule;
import stockassistant.application.sync.MarketSync;
import stockassistant.bootstrap.wiring.WebModule;

/**
 * The running service: the {@link Backend}, JMX, and the HTTP API. Also what another Java module
 * embeds to use the facades in-process ({@link #injector()}). Closing stops in reverse order of
 * start: drain HTTP, stop JMX, close the pool, stop the embedded database. A start that fails
 * part-way stops what it had started before the failure surfaces.
 */
public final class Service implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Service.class);

  private final StartedParts started;
  private final Injector injector;
  private final HttpApi http;
  private boolean closed;

  private Service(StartedParts started, Injector injector, HttpApi http) {
    this.started = started;
    this.injector = injector;
    this.http = http;
  }

  public static Service start(AppConfig config) {
    long begun = System.nanoTime();
    var started = new StartedParts();
    try {
      Injector injector = Backend.start(config, started, new WebModule());
      injector.getInstance(DatabaseRuntime.class)
          .supervise(config.store().restarts(), injector.getInstance(MetricRegistry.class))
          .ifPresent(watch -> HealthChecks.registerWatch(
              injector.getInstance(HealthCheckRegistry.class), watch));
      FreshnessGauges.register(injector.getInstance(MetricRegistry.class),
          injector.getInstance(DataQuality.class));
      started.add(JmxPublisher.start(injector.getInstance(MetricRegistry.class),
          config.jmxPort().orElse(null), config.security().jmx()));
      injector.getInstance(ApiKeySealing.class).sealClearKeys();
      config.backup().dailyAt().ifPresent(at -> started.add(
          BackupScheduler.start(injector.getInstance(Backups.class), at)));
      HttpApi http = injector.getInstance(HttpApi.class).start();
      started.add(http::stop);
      config.sync().syncAt().ifPresent(at -> started.add(
          SyncSchedule.start(injector.getInstance(MarketSync.class), at)));
      log.info("Serving on http://{}:{} (database {}) after {} ms", config.web().host(), http.port(),
          injector.getInstance(DatabaseRuntime.class).target().maskedUrl(),
          (System.nanoTime() - begun) / 1_000_000);
      return new Service(started, injector, http);
    } catch (RuntimeException failure) {
      started.close();
      throw failure;
    }
  }

  public Injector injector() {
    return injector;
  }

  public int port() {
    return http.port();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    started.close();
    log.info("Stopped");
  }
}
