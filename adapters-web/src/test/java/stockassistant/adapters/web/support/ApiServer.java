package stockassistant.adapters.web.support;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.web.HttpApi;
import stockassistant.adapters.web.WebSettings;
import stockassistant.adapters.web.ops.prometheus.SummingMetricRegistry;
import stockassistant.application.finance.FinanceReports;
import stockassistant.application.llm.LlmConfigs;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.stocks.StockCatalog;

/** The real API on a random loopback port, over the facades on the real test database. */
public final class ApiServer implements AutoCloseable {
  public static final int MAX_BODY_MB = 1;

  private final Persistence persistence;
  private final HttpApi api;
  private final MetricRegistry metrics = new SummingMetricRegistry();
  private final HealthCheckRegistry health = new HealthCheckRegistry();

  private ApiServer(String token) {
    persistence = TestDatabase.persistence();
    var tx = persistence.transactions();
    health.register("database", new HealthCheck() {
      @Override
      protected Result check() {
        return persistence.quotes().latestTradeDate() != null ? Result.healthy() : Result.unhealthy("?");
      }
    });
    api = new HttpApi(new MarketData(persistence.quotes(), tx), new StockCatalog(persistence.stocks(), tx),
        new FinanceReports(persistence.finance(), tx), new LlmConfigs(persistence.llmConfigs(), tx),
        new WebSettings("127.0.0.1", 0, token, MAX_BODY_MB), metrics, health).start();
  }

  public static ApiServer start() {
    return new ApiServer(null);
  }

  public static ApiServer withToken(String token) {
    return new ApiServer(token);
  }

  public Http client() {
    return new Http(api.port());
  }

  public HttpApi api() {
    return api;
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
