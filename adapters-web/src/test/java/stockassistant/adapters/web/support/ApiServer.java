package stockassistant.adapters.web.support;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.backup.PgBackupStore;
import stockassistant.adapters.persistence.backup.SchemaMigrations;
import stockassistant.adapters.persistence.llm.SealedLlmConfigRepository;
import stockassistant.adapters.persistence.secrets.DataKey;
import stockassistant.adapters.persistence.secrets.KeyRing;
import stockassistant.adapters.persistence.secrets.KeyRingSource;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.web.HttpApi;
import stockassistant.adapters.web.WebSettings;
import stockassistant.adapters.web.ops.prometheus.SummingMetricRegistry;
import stockassistant.application.backup.BackupPolicy;
import stockassistant.application.backup.Backups;
import stockassistant.application.calendar.MarketCalendar;
import stockassistant.application.finance.FinanceReports;
import stockassistant.application.llm.LlmConfigs;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.quality.DataQuality;
import stockassistant.application.stocks.StockCatalog;

/** The real API on a random loopback port, over the facades on the real test database. */
public final class ApiServer implements AutoCloseable {
  public static final int MAX_BODY_MB = 1;

  private final Persistence persistence;
  private final HttpApi api;
  private final MetricRegistry metrics = new SummingMetricRegistry();
  private final HealthCheckRegistry health = new HealthCheckRegistry();
  private final LlmConfigs llmConfigs;
  private final Backups backups = new Backups(new PgBackupStore(TestDatabase.target(
      TestDatabase.server()), TestDatabase.pool(), NO_MIGRATIONS), new BackupPolicy(BACKUPS, Optional.empty(), 3));
  /** Where the API's backups are: the route lists them; tests make them in-process. */
  public static final Path BACKUPS = Path.of(System.getProperty("user.dir"), "target",
      "api-backups");
  // backups are made and listed here, never restored: a restore over HTTP does not exist
  private static final SchemaMigrations NO_MIGRATIONS = new SchemaMigrations() {
    @Override
    public List<String> versions() {
      return List.of();
    }

    @Override
    public void migrate(String schema, String version) {
      throw new UnsupportedOperationException("the API never migrates");
    }
  };
  private final DataQuality quality;

  private ApiServer(WebSettings settings) {
    persistence = TestDatabase.persistence();
    var tx = persistence.unitOfWork();
    health.register("database", new HealthCheck() {
      @Override
      protected Result check() {
        boolean answers = tx.read("test.health", db -> {
          try {
            return stockassistant.adapters.persistence.session.OpenWork.of(db).connection().isValid(2);
          } catch (java.sql.SQLException failure) {
            return false;
          }
        });
        return answers ? Result.healthy() : Result.unhealthy("the database did not answer");
      }
    });
    // as in production: api_key sealed at rest, under a key of this server's own
    llmConfigs = new LlmConfigs(new SealedLlmConfigRepository(persistence.llmConfigs(),
        KeyRingSource.fixed(KeyRing.of(DataKey.generate()))), tx);
    var marketData = new MarketData(persistence.quotes(), tx);
    quality = new DataQuality(persistence.quality(), persistence.calendar(), tx);
    api = new HttpApi(marketData, new StockCatalog(persistence.stocks(), tx),
        new FinanceReports(persistence.finance(), tx), llmConfigs, backups,
        new MarketCalendar(persistence.calendar(), persistence.suspensions(), marketData, tx),
        quality, settings, metrics, health, persistence.primaryPool()).start();
  }

  public static ApiServer start() {
    return withToken(null);
  }

  public static ApiServer withToken(String token) {
    return new ApiServer(new WebSettings("127.0.0.1", 0, token, MAX_BODY_MB));
  }

  /** Reads need the token too, as they do by default on a host other than loopback. */
  public static ApiServer withTokenOnReads(String token) {
    return new ApiServer(new WebSettings("127.0.0.1", 0, token, MAX_BODY_MB, true));
  }

  public Http client() {
    return new Http(api.port());
  }

  public HttpApi api() {
    return api;
  }

  /** The facade behind the routes, for what only in-process callers see (the clear key). */
  public LlmConfigs llmConfigs() {
    return llmConfigs;
  }

  public Backups backups() {
    return backups;
  }

  /** The audit behind /api/v1/quality, for in-process checks of the same report. */
  public DataQuality quality() {
    return quality;
  }

  public MetricRegistry metrics() {
    return metrics;
  }

  @Override
  public void close() {
    api.stop();
    persistence.close();
  }
}
