package stockassistant.adapters.web.support;

import com.codahale.metrics.MetricRegistry;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.Pooler;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.web.HttpApi;
import stockassistant.application.backup.Backups;
import stockassistant.application.llm.LlmConfigs;
import stockassistant.application.quality.DataQuality;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.config.Settings;
import stockassistant.bootstrap.runtime.Service;

/**
 * The service as {@code serve} starts it ({@link Service}, the production wiring) on the shared
 * test database and a random loopback port; what a test changes, it changes through the README's
 * settings. In the through-pgbouncer runs it reaches the database through PgBouncer with
 * {@code DB_POOLER} set, migrating over a direct URL, as a user behind a pooler configures it.
 */
public final class ApiServer implements AutoCloseable {
  public static final int MAX_BODY_MB = 1;
  /** Where the API's backups are: the route lists them; tests make them in-process. */
  public static final Path BACKUPS = Path.of(System.getProperty("user.dir"), "target",
      "api-backups");

  private final Service service;

  private ApiServer(Service service) {
    this.service = service;
  }

  public static ApiServer start() {
    return with(Map.of());
  }

  public static ApiServer withToken(String token) {
    return with(Map.of("STOCK_API_TOKEN", token));
  }

  /** Reads need the token too, as they do by default on a host other than loopback. */
  public static ApiServer withTokenOnReads(String token) {
    return with(Map.of("STOCK_API_TOKEN", token, "HTTP_READS_NEED_TOKEN", "true"));
  }

  private static ApiServer with(Map<String, String> feature) {
    var settings = new HashMap<String, String>();
    DatabaseTarget target = TestDatabase.target();
    settings.put("DATABASE_URL", target.jdbcUrl());
    settings.put("POSTGRES_USER", target.username());
    settings.put("POSTGRES_PASSWORD", target.password());
    Pooler pooler = Pooler.of(System.getProperty(TestDatabase.POOLER_PROPERTY, "none"));
    if (pooler.poolsTransactions()) {
      settings.put("DB_POOLER", pooler.setting());
      settings.put("DATABASE_MIGRATION_URL", TestDatabase.target(TestDatabase.server()).jdbcUrl());
    }
    settings.put("STOCK_DATA_DIR", TestConfigs.dataDirectory().toString());
    settings.put("HTTP_PORT", "0");
    settings.put("HTTP_MAX_BODY_MB", String.valueOf(MAX_BODY_MB));
    settings.put("STOCK_BACKUP_DIR", BACKUPS.toString());
    settings.putAll(feature);
    return new ApiServer(Service.start(AppConfig.from(new Settings(settings))));
  }

  public Http client() {
    return new Http(service.port());
  }

  public HttpApi api() {
    return get(HttpApi.class);
  }

  /** The facade behind the routes, for what only in-process callers see (the clear key). */
  public LlmConfigs llmConfigs() {
    return get(LlmConfigs.class);
  }

  public Backups backups() {
    return get(Backups.class);
  }

  /** The audit behind /api/v1/quality, for in-process checks of the same report. */
  public DataQuality quality() {
    return get(DataQuality.class);
  }

  public MetricRegistry metrics() {
    return get(MetricRegistry.class);
  }

  /** The service's own pool and repositories, for planting data without a pool of the test's. */
  public Persistence persistence() {
    return get(Persistence.class);
  }

  private <T> T get(Class<T> type) {
    return service.injector().getInstance(type);
  }

  @Override
  public void close() {
    service.close();
  }
}
