package stockassistant.adapters.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.web.support.ApiServer;
import stockassistant.adapters.web.support.Http;

/** Javalin's own failure paths answer problem JSON too, and change nothing. */
class ErrorsApiIT {
  private static final String TOKEN = "test-token-4b7c1e";
  private static ApiServer open;
  private static ApiServer guarded;

  @BeforeAll
  static void start() {
    open = ApiServer.start();
    guarded = ApiServer.withToken(TOKEN);
  }

  @AfterAll
  static void stop() {
    open.close();
    guarded.close();
  }

  @BeforeEach
  void empty() {
    TestDatabase.truncateAll();
  }

  @Test
  void unknownRouteAndWrongMethod() {
    Http http = open.client();
    http.get("/api/v1/nothing-here").isProblem(404, "/api/v1/nothing-here");
    http.delete("/api/v1/quotes/latest-trade-date").isProblem(405, "DELETE");
    var patch = http.send("PATCH", "/api/v1/stocks/000001.SZ", "{}", "application/json");
    patch.isProblem(405, "PATCH");
  }

  @Test
  void unparseableBodies() {
    Http http = open.client();
    http.postJson("/api/v1/quotes/daily", "[{\"third_code\":").isProblem(400, "body");
    http.putJson("/api/v1/stocks/000001.SZ", "not json").isProblem(400, "body");
    http.postJson("/api/v1/quotes/daily", "42").isProblem(400, "body");
    http.postJson("/api/v1/quotes/daily", "").isProblem(400, "body");
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily")).isZero();
  }

  @Test
  void bodyOverTheLimitIs413() {
    var huge = new StringBuilder("[");
    while (huge.length() < ApiServer.MAX_BODY_MB * 1024 * 1024 + 10) {
      huge.append("{\"third_code\":\"000001.SZ\",\"trade_date\":\"2024-01-02\",\"close\":1.5},");
    }
    huge.setLength(huge.length() - 1);
    open.client().postJson("/api/v1/quotes/daily", huge.append("]").toString()).isProblem(413, "limit");
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily")).isZero();
  }

  @Test
  void wrongContentTypeIs415() {
    Http http = open.client();
    http.send("POST", "/api/v1/quotes/daily", "[]", "text/plain").isProblem(415, "Content-Type");
    http.send("PUT", "/api/v1/stocks/000001.SZ", "{}", null).isProblem(415, "Content-Type");
  }

  @Test
  void writesNeedTheTokenWhenOneIsSetAndReadsDoNot() {
    Http http = guarded.client();
    String bar = "[{\"third_code\":\"000001.SZ\",\"trade_date\":\"2024-01-02\"}]";

    http.postJson("/api/v1/quotes/daily", bar).isProblem(401, "Bearer");
    http.postJson("/api/v1/quotes/daily", bar, "Authorization", "Bearer wrong").isProblem(401, "token");
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily")).isZero();
    assertThat(http.postJson("/api/v1/quotes/daily", bar, "Authorization", "Bearer " + TOKEN).status()).isEqualTo(200);
    assertThat(http.get("/api/v1/quotes/latest-trade-date").status()).isEqualTo(200);
    assertThat(http.delete("/api/v1/llm-configs/x").status()).isEqualTo(401);
  }

  @Test
  void opsEndpointsAnswer() {
    Http http = open.client();
    http.get("/api/v1/stocks");
    assertThat(http.get("/health/live").body()).isEqualTo("{\"status\":\"UP\"}");
    var ready = http.get("/health/ready");
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().get("checks").get("database").get("status").asText()).isEqualTo("UP");
    assertThat(http.get("/metrics").json().get("timers").fieldNames()).toIterable()
        .anyMatch(name -> name.startsWith("http.GET./api/v1/stocks.2xx"));
    var prometheus = http.get("/metrics/prometheus");
    assertThat(prometheus.header("Content-Type")).startsWith("text/plain");
    assertThat(prometheus.body()).contains("# TYPE http_server_requests_seconds summary")
        .contains("http_server_requests_seconds_count{method=\"GET\",uri=\"/api/v1/stocks\","
            + "status=\"200\",}");
  }
}
