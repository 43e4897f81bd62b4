package stockassistant.bootstrap.runtime;

import com.google.inject.Injector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.web.HttpApi;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.database.DatabaseRuntime;
import stockassistant.bootstrap.database.Migrations;
import stockassistant.bootstrap.observability.JmxPublisher;
import stockassistant.bootstrap.security.ApiKeySealing;
import stockassistant.bootstrap.wiring.Modules;

/**
 * The running service: database, pool, HTTP API. Also what another Java module embeds to use
 * the facades in-process ({@link #injector()}). Closing stops in reverse order of start: drain
 * HTTP, close the pool, stop the embedded database.
 */
public final class Service implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Service.class);

  private final Injector injector;
  private final HttpApi http;
  private boolean closed;

  private Service(Injector injector, HttpApi http) {
    this.injector = injector;
    this.http = http;
  }

  public static Service start(AppConfig config) {
    long started = System.nanoTime();
    Injector injector = Modules.injector(config);
    if (config.migrateOnStart()) {
      int applied = injector.getInstance(Migrations.class).migrate();
      if (applied > 0) {
        log.info("Applied {} migration(s)", applied);
      }
    }
    injector.getInstance(ApiKeySealing.class).sealClearKeys();
    HttpApi http = injector.getInstance(HttpApi.class).start();
    log.info("Serving on http://{}:{} (database {}) after {} ms", config.web().host(), http.port(),
        injector.getInstance(DatabaseRuntime.class).target().maskedUrl(),
        (System.nanoTime() - started) / 1_000_000);
    return new Service(injector, http);
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
    http.stop();
    injector.getInstance(JmxPublisher.class).close();
    injector.getInstance(Persistence.class).close();
    injector.getInstance(DatabaseRuntime.class).close();
    log.info("Stopped");
  }
}
