package stockassistant.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.testing.Crash;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.config.Settings;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.HttpProbe;

/**
 * The whole service while its database goes away and comes back: readiness flips to 503 and
 * back to 200, API calls answer 503 with Retry-After in between, and nothing is restarted.
 */
class ReadinessIT {
  private static EmbeddedPostgresServer server;
  private static Service service;

  @BeforeAll
  static void start() {
    server = TestDatabase.dedicatedServer("readiness-postgres");
    var settings = new HashMap<String, String>();
    settings.put("DATABASE_URL", server.jdbcUrl());
    settings.put("POSTGRES_USER", "postgres");
    settings.put("POSTGRES_PASSWORD", server.password());
    settings.put("STOCK_DATA_DIR", TestConfigs.dataDirectory().toString());
    settings.put("HTTP_PORT", "0");
    // nothing else: readiness must follow the database with the shipped defaults
    service = Service.start(AppConfig.from(new Settings(settings)));
  }

  @AfterAll
  static void stop() {
    service.close();
    server.close();
  }

  @Test
  void readinessFollowsTheDatabaseAndCallsFailFastWithRetryAfter() throws Exception {
    int port = service.port();
    HttpResponse<String> ready = HttpProbe.get(port, "/health/ready");
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(ready.body()).contains("\"active\"").contains("\"idle\"").contains("\"pending\"")
        .contains("\"total\"").contains("\"circuit_breaker\"").contains("\"migrations\"");

    Crash.killImmediately(server);
    HttpResponse<String> call = null;
    for (int i = 0; i < 20; i++) {
      call = HttpProbe.get(port, "/api/v1/quotes/latest-trade-date");
      if (call.statusCode() == 503) {
        break;
      }
    }
    assertThat(call.statusCode()).as(call.body()).isEqualTo(503);
    assertThat(call.headers().firstValue("Retry-After")).isPresent();
    assertThat(call.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(HttpProbe.get(port, "/health/ready").statusCode()).isEqualTo(503);
    assertThat(HttpProbe.get(port, "/health/live").statusCode()).as("the process still serves").isEqualTo(200);

    server = TestDatabase.restart(server.root());
    long deadline = System.currentTimeMillis() + 30_000;
    int status = 0;
    while (System.currentTimeMillis() < deadline && status != 200) {
      Thread.sleep(200);
      status = HttpProbe.get(port, "/health/ready").statusCode();
    }
    assertThat(status).as("ready again without a restart of the service: "
        + HttpProbe.get(port, "/health/ready").body()).isEqualTo(200);
    assertThat(HttpProbe.get(port, "/api/v1/quotes/latest-trade-date").statusCode()).isEqualTo(200);
  }
}
