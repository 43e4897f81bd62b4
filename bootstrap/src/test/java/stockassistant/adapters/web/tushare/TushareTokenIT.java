package stockassistant.adapters.web.tushare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.web.support.ApiServer;
import stockassistant.adapters.web.support.Http;

/** With STOCK_API_TOKEN set, the token in the body must equal it; no Authorization header. */
class TushareTokenIT {
  private static ApiServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    TestDatabase.truncateAll();
    server = ApiServer.withToken("s3cret-token");
    http = server.client();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theRightTokenInTheBodyIsEnough() {
    var frame = new TushareClient(http, "s3cret-token", false).query("daily", "");

    assertThat(frame.rows()).isEmpty();
    assertThat(frame.columns()).contains("ts_code");
  }

  @Test
  void aWrongOrMissingTokenIsRefusedWithoutSayingTheRightOne() {
    for (String wrong : new String[] {"s3cret", "", null}) {
      assertThatThrownBy(() -> new TushareClient(http, wrong, true).query("daily", ""))
          .hasMessageContaining("token").hasMessageNotContaining("s3cret-token")
          .satisfies(e -> assertThat(((TushareClient.TushareError) e).code()).isEqualTo(40101));
    }
  }

  @Test
  void theTokenIsCheckedBeforeTheApiName() {
    assertThatThrownBy(() -> new TushareClient(http, "nope", false).query("no_such_api", ""))
        .satisfies(e -> assertThat(((TushareClient.TushareError) e).code()).isEqualTo(40101));
  }

  @Test
  void otherWritesStillNeedTheBearerHeader() {
    var response = http.postJson("/api/v1/quotes/daily",
        "[{\"third_code\":\"000001.SZ\",\"trade_date\":\"2024-01-02\"}]");

    assertThat(response.status()).isEqualTo(401);
  }
}
