package stockassistant.adapters.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.web.support.ApiServer;
import stockassistant.adapters.web.support.Http;

/** HTTP_READS_NEED_TOKEN: every request but the health probes shows the bearer token. */
class ReadProtectionApiIT {
  private static final String TOKEN = "read-token-7e2a91";
  private static final List<String> READS = List.of("/api/v1/stocks", "/api/v1/llm-configs",
      "/api/v1/quotes/latest-trade-date", "/api/v1/docs", "/api/v1/openapi.json", "/metrics",
      "/metrics/prometheus", "/metrics/overview", "/no/such/page");
  private static ApiServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server = ApiServer.withTokenOnReads(TOKEN);
    http = server.client();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void readsDocsMetricsAndUnknownPagesNeedTheToken() {
    for (String path : READS) {
      Http.Response anonymous = http.get(path);
      anonymous.isProblem(401, "Bearer");
      assertThat(anonymous.header("WWW-Authenticate")).as(path).startsWith("Bearer");
      assertThat(http.get(path, "Authorization", "Bearer wrong-token").status()).as(path)
          .isEqualTo(401);
      assertThat(http.get(path, "Authorization", "Bearer " + TOKEN).status()).as(path)
          .isNotEqualTo(401);
    }
    assertThat(http.get("/api/v1/stocks", "Authorization", "Bearer " + TOKEN).status()).isEqualTo(200);
  }

  @Test
  void healthProbesStayOpen() {
    assertThat(http.get("/health/live").status()).isEqualTo(200);
    assertThat(http.get("/health/ready").status()).isNotEqualTo(401);
  }

  @Test
  void theDashboardPageAndItsFilesStayOpenWhileItsDataNeedsTheToken() {
    assertThat(http.get("/dashboard").status()).as("the page, which holds no data").isEqualTo(200);
    assertThat(http.get("/dashboard/assets/ops.js").status()).isEqualTo(200);
    assertThat(http.get("/metrics/overview").status()).as("what it draws").isEqualTo(401);
  }

  @Test
  void theOpenApiDocumentAsksForTheTokenOnReads() {
    JsonNode paths = http.get("/api/v1/openapi.json", "Authorization", "Bearer " + TOKEN).json()
        .get("paths");

    assertThat(paths.get("/api/v1/stocks").get("get").get("security")).as("a read").isNotEmpty();
    assertThat(paths.get("/metrics").get("get").get("security")).as("the metrics").isNotEmpty();
    assertThat(paths.get("/health/live").get("get").get("security")).as("a health probe").isEmpty();
  }
}
