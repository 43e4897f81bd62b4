package stockassistant.bootstrap.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.adapters.persistence.resilience.ResilienceSettings;
import stockassistant.adapters.web.WebSettings;

/**
 * Every setting of the service, typed and checked once at start. The names are fixed (scripts
 * rely on them); the README's settings table documents each default and why.
 */
public record AppConfig(
    Optional<DatabaseTarget> database,
    Path dataDirectory,
    PoolKnobs pool,
    ResilienceSettings resilience,
    WebSettings web,
    Optional<Integer> jmxPort,
    String logFormat,
    boolean migrateOnStart,
    SecuritySettings security) {

  public static AppConfig from(Settings settings) {
    Path dataDir = settings.text("STOCK_DATA_DIR").map(Path::of)
        .orElse(Path.of(System.getProperty("user.home"), ".stock-assistant"));
    var defaults = ResilienceSettings.defaults();
    var resilience = new ResilienceSettings(
        settings.integer("DB_RETRY_MAX_ATTEMPTS", defaults.maxAttempts()),
        settings.millis("DB_RETRY_INITIAL_BACKOFF_MS", defaults.initialBackoff()),
        settings.millis("DB_RETRY_MAX_BACKOFF_MS", defaults.maxBackoff()),
        settings.decimal("DB_BREAKER_FAILURE_RATE", defaults.failureRateThreshold()),
        settings.integer("DB_BREAKER_WINDOW", defaults.slidingWindowSize()),
        settings.integer("DB_BREAKER_MIN_CALLS", defaults.minimumNumberOfCalls()),
        settings.millis("DB_BREAKER_OPEN_MS", defaults.openStateWait()),
        settings.integer("DB_BREAKER_HALF_OPEN_CALLS", defaults.halfOpenCalls()));
    var web = new WebSettings(settings.text("HTTP_HOST", "127.0.0.1"),
        settings.integer("HTTP_PORT", 7070), settings.text("STOCK_API_TOKEN").orElse(null),
        settings.integer("HTTP_MAX_BODY_MB", 64), settings.text("HTTP_READS_NEED_TOKEN")
            .map(set -> settings.flag("HTTP_READS_NEED_TOKEN", false)).orElse(null));
    String logFormat = settings.text("LOG_FORMAT", "text");
    if (!logFormat.equals("text") && !logFormat.equals("json")) {
      throw new IllegalArgumentException("LOG_FORMAT must be text or json (was " + logFormat + ")");
    }
    return new AppConfig(DatabaseTarget.from(settings), dataDir, PoolKnobs.from(settings),
        resilience, web, settings.integer("JMX_PORT"), logFormat,
        settings.flag("MIGRATE_ON_START", true), SecuritySettings.from(settings, dataDir));
  }

  /** The pool knobs, waiting for the URL and credentials of the database actually used. */
  public record PoolKnobs(PoolSettings template) {
    static PoolKnobs from(Settings settings) {
      var d = PoolSettings.defaults("jdbc:postgresql://placeholder/db", null, null);
      return new PoolKnobs(new PoolSettings(d.jdbcUrl(), null, null,
          settings.integer("DB_POOL_MAX_SIZE", d.maximumPoolSize()),
          settings.integer("DB_POOL_MIN_IDLE", d.minimumIdle()),
          settings.millis("DB_CONNECTION_TIMEOUT_MS", d.connectionTimeout()),
          settings.millis("DB_IDLE_TIMEOUT_MS", d.idleTimeout()),
          settings.millis("DB_MAX_LIFETIME_MS", d.maxLifetime()),
          settings.millis("DB_KEEPALIVE_MS", d.keepaliveTime()),
          settings.millis("DB_LEAK_DETECTION_MS", d.leakDetectionThreshold()),
          settings.millis("DB_VALIDATION_TIMEOUT_MS", d.validationTimeout()),
          settings.millis("DB_CONNECT_TIMEOUT_MS", d.connectTimeout()),
          settings.millis("DB_SOCKET_TIMEOUT_MS", d.socketTimeout()),
          settings.millis("DB_STATEMENT_TIMEOUT_MS", d.statementTimeout()),
          settings.text("DB_SSLMODE").orElse(null),
          settings.text("DB_SSLROOTCERT").orElse(null),
          settings.integer("DB_PREPARE_THRESHOLD", d.prepareThreshold()),
          settings.text("DB_APPLICATION_NAME", d.applicationName())));
    }

    public PoolSettings forTarget(String jdbcUrl, String username, String password) {
      var t = template;
      return new PoolSettings(jdbcUrl, username, password, t.maximumPoolSize(), t.minimumIdle(),
          t.connectionTimeout(), t.idleTimeout(), t.maxLifetime(), t.keepaliveTime(),
          t.leakDetectionThreshold(), t.validationTimeout(), t.connectTimeout(),
          t.socketTimeout(), t.statementTimeout(), t.sslMode(), t.sslRootCert(),
          t.prepareThreshold(), t.applicationName());
    }
  }

  public Duration openStateWait() {
    return resilience.openStateWait();
  }
}
