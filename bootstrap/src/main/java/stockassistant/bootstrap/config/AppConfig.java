package stockassistant.bootstrap.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.DriverSession;
import stockassistant.adapters.persistence.pool.DriverTls;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.adapters.persistence.pool.PoolSizing;
import stockassistant.adapters.persistence.pool.PoolTimeouts;
import stockassistant.adapters.persistence.pool.Pooler;
import stockassistant.adapters.persistence.replica.ReplicaSettings;
import stockassistant.adapters.persistence.resilience.ResilienceSettings;
import stockassistant.adapters.persistence.session.Budgets;
import stockassistant.adapters.web.WebSettings;
import stockassistant.application.backup.BackupPolicy;

/**
 * Every setting of the service, typed and checked once at start. The names are fixed (scripts
 * rely on them); the README's settings table documents each default and why.
 *
 * @param database where the database is; empty for the embedded default
 * @param migrationDatabase where Flyway works when that is not {@code database}
 *     ({@code DATABASE_MIGRATION_URL}: a direct connection when a pooler is in front)
 * @param readReplicas where read-only use cases may go ({@code DATABASE_READ_URL})
 * @param backup where backups go, and the schedule of serve's ({@code STOCK_BACKUP_*})
 */
public record AppConfig(
    Optional<DatabaseTarget> database,
    Optional<DatabaseTarget> migrationDatabase,
    ReplicaSettings readReplicas,
    Path dataDirectory,
    PoolSettings pool,
    Budgets budgets,
    ResilienceSettings resilience,
    WebSettings web,
    Optional<Integer> jmxPort,
    String logFormat,
    boolean migrateOnStart,
    SecuritySettings security,
    BackupPolicy backup,
    StoreSettings store,
    SyncSettings sync) {

  public static AppConfig from(Settings settings) {
    Path dataDir = settings.text("STOCK_DATA_DIR").map(Path::of)
        .orElse(Path.of(System.getProperty("user.home"), ".stock-assistant"));
    var web = new WebSettings(settings.text("HTTP_HOST", "127.0.0.1"),
        settings.integer("HTTP_PORT", 7070), settings.text("STOCK_API_TOKEN").orElse(null),
        settings.integer("HTTP_MAX_BODY_MB", 64), settings.text("HTTP_READS_NEED_TOKEN")
            .map(set -> settings.flag("HTTP_READS_NEED_TOKEN", false)).orElse(null));
    String logFormat = settings.text("LOG_FORMAT", "text");
    if (!logFormat.equals("text") && !logFormat.equals("json")) {
      throw new IllegalArgumentException("LOG_FORMAT must be text or json (was " + logFormat + ")");
    }
    Pooler pooler = Pooler.of(settings.text("DB_POOLER", Pooler.NONE.setting()));
    Optional<DatabaseTarget> database = DatabaseUrls.from(settings);
    if (pooler.poolsTransactions() && database.isEmpty()) {
      throw new IllegalArgumentException("DB_POOLER=" + pooler.setting() + " needs DATABASE_URL "
          + "(the pooler's address); the embedded database has no pooler in front");
    }
    return new AppConfig(database, otherUrl(settings, "DATABASE_MIGRATION_URL"),
        readReplicas(settings), dataDir, pool(settings, pooler), budgets(settings),
        resilience(settings), web, settings.integer("JMX_PORT"), logFormat,
        settings.flag("MIGRATE_ON_START", true), SecuritySettings.from(settings, dataDir),
        BackupSettings.from(settings, dataDir), StoreSettings.from(settings),
        SyncSettings.from(settings));
  }

  /**
   * Where Flyway works: {@code DATABASE_MIGRATION_URL} when set, else the database itself, unless
   * a transaction pooler is in front of it: Flyway holds a session-level advisory lock and session
   * settings while it works, which transaction pooling would hand over to other clients.
   */
  public DatabaseTarget migrationTarget(DatabaseTarget databaseItself) {
    if (migrationDatabase.isPresent()) {
      return migrationDatabase.get();
    }
    Pooler pooler = pool.session().pooler();
    if (pooler.poolsTransactions()) {
      throw new IllegalArgumentException("DB_POOLER=" + pooler.setting() + " needs "
          + "DATABASE_MIGRATION_URL, a direct connection to the primary (not through the pooler): "
          + "migrations hold a session-level advisory lock that transaction pooling cannot keep");
    }
    return databaseItself;
  }

  private static Optional<DatabaseTarget> otherUrl(Settings settings, String name) {
    return settings.text(name).map(url -> DatabaseUrls.parse(name, url,
        settings.text("POSTGRES_USER").orElse(null), settings.text("POSTGRES_PASSWORD").orElse(null)));
  }

  private static ReplicaSettings readReplicas(Settings settings) {
    Duration maxLag = settings.millis("DB_READ_MAX_LAG_MS", ReplicaSettings.DEFAULT_MAX_LAG);
    return otherUrl(settings, "DATABASE_READ_URL")
        .map(reads -> ReplicaSettings.of(reads, maxLag))
        .orElse(ReplicaSettings.none());
  }

  private static PoolSettings pool(Settings settings, Pooler pooler) {
    return new PoolSettings(
        new PoolSizing(settings.integer("DB_POOL_MAX_SIZE", PoolSizing.DEFAULT_MAXIMUM_POOL_SIZE),
            settings.integer("DB_POOL_MIN_IDLE", PoolSizing.DEFAULT_MINIMUM_IDLE),
            settings.millis("DB_IDLE_TIMEOUT_MS", PoolSizing.DEFAULT_IDLE_TIMEOUT),
            settings.millis("DB_MAX_LIFETIME_MS", PoolSizing.DEFAULT_MAX_LIFETIME),
            settings.millis("DB_KEEPALIVE_MS", PoolSizing.DEFAULT_KEEPALIVE),
            settings.millis("DB_LEAK_DETECTION_MS", PoolSizing.DEFAULT_LEAK_DETECTION)),
        new PoolTimeouts(
            settings.millis("DB_CONNECTION_TIMEOUT_MS", PoolTimeouts.DEFAULT_CONNECTION_TIMEOUT),
            settings.millis("DB_VALIDATION_TIMEOUT_MS", PoolTimeouts.DEFAULT_VALIDATION_TIMEOUT),
            settings.millis("DB_CONNECT_TIMEOUT_MS", PoolTimeouts.DEFAULT_CONNECT_TIMEOUT),
            settings.millis("DB_SOCKET_TIMEOUT_MS", PoolTimeouts.DEFAULT_SOCKET_TIMEOUT),
            settings.millis("DB_STATEMENT_TIMEOUT_MS", PoolTimeouts.DEFAULT_STATEMENT_TIMEOUT)),
        new DriverTls(settings.text("DB_SSLMODE").orElse(null),
            settings.text("DB_SSLROOTCERT").orElse(null)),
        // behind a transaction pooler prepared statements are off unless asked for (then refused)
        new DriverSession(pooler, settings.integer("DB_PREPARE_THRESHOLD",
            pooler.poolsTransactions() ? 0 : DriverSession.DEFAULT_PREPARE_THRESHOLD),
            settings.text("DB_APPLICATION_NAME", DriverSession.DEFAULT_APPLICATION_NAME)));
  }

  private static Budgets budgets(Settings settings) {
    var d = Budgets.defaults();
    return new Budgets(settings.millis("DB_READ_BUDGET_MS", d.read()),
        settings.millis("DB_WRITE_BUDGET_MS", d.write()),
        settings.millis("DB_BULK_BUDGET_MS", d.bulk()));
  }

  private static ResilienceSettings resilience(Settings settings) {
    var d = ResilienceSettings.defaults();
    return new ResilienceSettings(
        settings.integer("DB_RETRY_MAX_ATTEMPTS", d.maxAttempts()),
        settings.millis("DB_RETRY_INITIAL_BACKOFF_MS", d.initialBackoff()),
        settings.millis("DB_RETRY_MAX_BACKOFF_MS", d.maxBackoff()),
        settings.decimal("DB_BREAKER_FAILURE_RATE", d.failureRateThreshold()),
        settings.integer("DB_BREAKER_WINDOW", d.slidingWindowSize()),
        settings.integer("DB_BREAKER_MIN_CALLS", d.minimumNumberOfCalls()),
        settings.millis("DB_BREAKER_OPEN_MS", d.openStateWait()),
        settings.integer("DB_BREAKER_HALF_OPEN_CALLS", d.halfOpenCalls()));
  }
}
