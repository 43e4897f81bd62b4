package stockassistant.adapters.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.web.support.ApiTest;

/** What the operations panel polls, over the real socket. */
class OverviewRoutesIT extends ApiTest {

  @Test
  void answersStatusPoolSamplesAndRoutesInOneBody() throws Exception {
    http.get("/api/v1/quotes/latest-trade-date");
    Thread.sleep(1_200);   // the sampler ticks once a second

    JsonNode overview = http.get("/metrics/overview").json();

    assertThat(overview.get("at").asLong()).isPositive();
    assertThat(overview.at("/status/database/status").asText()).isEqualTo("UP");
    assertThat(overview.at("/status/circuit_breaker/status").asText())
        .as("the production wiring registers the breaker check; closed is UP").isEqualTo("UP");
    assertThat(overview.get("pool").has("active")).isTrue();
    assertThat(overview.get("pool").has("wait_p99_ms")).isTrue();
    assertThat(overview.get("samples").size()).isPositive();
    assertThat(overview.at("/samples/0").has("requests_per_second")).isTrue();
    assertThat(overview.get("routes").findValuesAsText("route")).contains("/api/v1/quotes/latest-trade-date");
  }

  @Test
  void sinceLeavesOutTheSamplesAlreadySeen() {
    JsonNode first = http.get("/metrics/overview").json();
    long last = first.get("samples").get(first.get("samples").size() - 1).get("t").asLong();

    JsonNode next = http.get("/metrics/overview?since=" + last).json();

    next.get("samples").forEach(sample -> assertThat(sample.get("t").asLong()).isGreaterThan(last));
    http.get("/metrics/overview?since=yesterday").isProblem(400, "since");
  }
}
