package stockassistant.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.ExternalTool;
import stockassistant.bootstrap.support.HttpProbe;

/**
 * /metrics/prometheus of the whole service: conventional names with labels, a clean bill from
 * promtool, while /metrics (and JMX) keep the Dropwizard names.
 */
class PrometheusExpositionIT {
  private static final Pattern EXPOSITION_LINE = Pattern.compile(
      "^(# (HELP|TYPE) [a-z_:][a-z0-9_:]* .*"
          + "|[a-z_:][a-z0-9_:]*(\\{([a-z_]+=\"([^\"\\\\]|\\\\.)*\",)*\\})? [-+0-9.eEaINnf]+)$");
  private static Service service;
  private static String scrape;

  @BeforeAll
  static void serveSomeRequests() {
    service = Service.start(TestConfigs.onTestDatabase(Map.of()));
    int port = service.port();
    HttpProbe.get(port, "/api/v1/stocks");
    HttpProbe.get(port, "/api/v1/stocks/999999.SZ");
    HttpProbe.send(port, "POST", "/api/v1/quotes/daily", "[{\"third_code\":\"bad\"}]");
    HttpResponse<String> text = HttpProbe.get(port, "/metrics/prometheus");
    assertThat(text.statusCode()).isEqualTo(200);
    assertThat(text.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/plain; version=0.0.4");
    scrape = text.body();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void familiesHaveSnakeCaseNamesUnitsAndLabels() {
    for (String line : scrape.split("\n")) {
      assertThat(line).as("exposition format, snake_case names").matches(EXPOSITION_LINE);
    }
    assertThat(scrape)
        .contains("http_server_requests_seconds_count{method=\"GET\",uri=\"/api/v1/stocks\","
            + "status=\"200\",} 1.0")
        .contains("http_server_requests_seconds_count{method=\"GET\","
            + "uri=\"/api/v1/stocks/{third_code}\",status=\"404\",} 1.0")
        .contains("http_server_requests_seconds_count{method=\"POST\","
            + "uri=\"/api/v1/quotes/daily\",status=\"400\",} 1.0")
        .contains("http_server_requests_seconds_sum{method=\"GET\",uri=\"/api/v1/stocks\"")
        .contains("hikaricp_connections_active{pool=\"stock-assistant\",}")
        .contains("hikaricp_connections{pool=\"stock-assistant\",}")
        .contains("hikaricp_connections_acquire_seconds_sum{pool=\"stock-assistant\",}")
        .contains("hikaricp_connections_usage_seconds_count{pool=\"stock-assistant\",}")
        .contains("resilience4j_circuitbreaker_state{name=\"database\",state=\"closed\",} 1.0")
        .contains("resilience4j_circuitbreaker_state{name=\"database\",state=\"open\",} 0.0")
        .contains("resilience4j_retry_calls_total{name=\"database\",kind=\"successful_without_retry\",}")
        .contains("stock_assistant_connection_leaks_total{pool=\"stock-assistant\",}")
        .contains("stock_assistant_repository_duration_seconds_count{port=\"StockRepository\","
            + "method=\"list\",} 1.0")
        .contains("stock_assistant_repository_duration_seconds_count{port=\"StockRepository\","
            + "method=\"findByThirdCode\",} 1.0")
        .contains("stock_assistant_repository_duration_seconds_count{port=\"QuoteRepository\","
            + "method=\"upsertAll\",} 0.0")
        .contains("jvm_memory_bytes_used{area=\"heap\",}")
        .contains("process_cpu_seconds_total ")
        .contains("stock_assistant_data_sessions_behind{dataset=\"bars\",}")
        .contains("stock_assistant_data_sessions_behind{dataset=\"finance\",}")
        .doesNotContain("Generated from Dropwizard metric import")
        .doesNotContain("http_GET");
  }

  @Test
  void jsonMetricsKeepTheDropwizardNames() {
    String json = HttpProbe.get(service.port(), "/metrics").body();
    assertThat(json).contains("\"stock-assistant.pool.Wait\"").contains("\"jvm.memory.heap.used\"")
        .contains("\"http.GET./api/v1/stocks.2xx\"")
        .contains("\"resilience4j.circuitbreaker.database.state\"")
        .contains("\"repository.StockRepository.list\"")
        .contains("\"quality.freshness.adj_factor.age_days\"");
  }

  @Test
  void promtoolFindsNoProblem() throws Exception {
    var promtool = ExternalTool.find("promtool", "apt-get install prometheus");
    Path file = Files.writeString(Files.createTempFile("scrape", ".txt"), scrape);

    var result = promtool.run(file, "check", "metrics");

    Files.delete(file);
    assertThat(result.output()).as("promtool check metrics").isEmpty();
    assertThat(result.exitCode()).isZero();
  }
}
