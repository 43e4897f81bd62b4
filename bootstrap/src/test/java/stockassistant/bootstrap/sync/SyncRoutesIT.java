package stockassistant.bootstrap.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.DatabaseTest;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.bootstrap.runtime.Service;

/** GET and POST /api/v1/sync over a real socket: the token, 202, 409 while running, the status. */
class SyncRoutesIT extends DatabaseTest {
  private static final String API_TOKEN = "routes-api-token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private FakeTushare upstream;
  private Service service;

  @BeforeEach
  void start() throws Exception {
    SyncTables.empty();
    upstream = new FakeTushare();
    // the first call takes a while, so the run is surely going when the second POST comes
    upstream.slowAnswersTake(2_000);
    upstream.script("stock_basic", FakeTushare.Fault.SLOW);
    service = Service.start(TestConfigs.onTestDatabase(Map.of("TUSHARE_URL",
        upstream.url().toString(), "TUSHARE_TOKEN", FakeTushare.TOKEN,
        "TUSHARE_CALLS_PER_MINUTE", "600000", "STOCK_API_TOKEN", API_TOKEN)));
  }

  @AfterEach
  void stop() {
    service.close();
    upstream.close();
  }

  @Test
  void postStartsOneRunAnswers409WhileItGoesAndGetShowsHowItEnded() throws Exception {
    String body = "{\"from\":\"20240102\",\"to\":\"2024-01-04\",\"only\":[\"stocks\",\"bars\"]}";
    assertThat(post(body, null).statusCode()).as("a write needs the token").isEqualTo(401);
    assertThat(post("{\"from\":\"20240230\"}", API_TOKEN).body()).contains("from");

    HttpResponse<String> started = post(body, API_TOKEN);
    assertThat(started.statusCode()).isEqualTo(202);
    HttpResponse<String> second = post(body, API_TOKEN);
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");

    JsonNode status = get();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (status.path("running").asBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      status = get();
    }
    assertThat(status.path("running").asBoolean()).isFalse();
    assertThat(status.at("/last_run/outcome").asText()).isEqualTo("done");
    assertThat(status.at("/last_run/days").asInt()).isEqualTo(3);
    assertThat(status.path("newest_stored_day").asText()).isEqualTo("2024-01-04");
    assertThat(status.toString()).doesNotContain(FakeTushare.TOKEN);
  }

  private HttpResponse<String> post(String body, String token) throws Exception {
    var request = HttpRequest.newBuilder(uri()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode get() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri())
        .header("Authorization", "Bearer " + API_TOKEN).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private URI uri() {
    return URI.create("http://127.0.0.1:" + service.port() + "/api/v1/sync");
  }
}
