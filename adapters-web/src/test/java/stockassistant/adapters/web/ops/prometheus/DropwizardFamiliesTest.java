package stockassistant.adapters.web.ops.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DropwizardFamiliesTest {
  private final MetricRegistry metrics = new SummingMetricRegistry();

  @Test
  void everyUseCaseTimerIsOneFamilyLabelledByUseCaseWithoutACodeChange() throws IOException {
    metrics.timer("usecase.MarketData.priceBars").update(Duration.ofMillis(250));
    metrics.timer("usecase.MarketData.priceBars").update(Duration.ofMillis(750));
    metrics.timer("usecase.SomeFacadeNotYetWritten.doIt").update(Duration.ofMillis(10));

    assertThat(exposition())
        .containsOnlyOnce("# TYPE stock_assistant_usecase_duration_seconds summary")
        .contains("stock_assistant_usecase_duration_seconds_count{usecase=\"MarketData.priceBars\",} 2.0")
        .contains("stock_assistant_usecase_duration_seconds_sum{usecase=\"MarketData.priceBars\",} 1.0")
        .contains("stock_assistant_usecase_duration_seconds{usecase=\"MarketData.priceBars\",quantile=\"0.5\",}")
        .contains("stock_assistant_usecase_duration_seconds_count{usecase=\"SomeFacadeNotYetWritten.doIt\",} 1.0");
  }

  @Test
  void everyRepositoryTimerIsOneFamilyLabelledByPortAndMethod() throws IOException {
    metrics.timer("repository.QuoteRepository.priceBars").update(Duration.ofMillis(40));
    metrics.timer("repository.StockRepository.search(StockSearch)").update(Duration.ofMillis(10));

    assertThat(exposition())
        .containsOnlyOnce("# TYPE stock_assistant_repository_duration_seconds summary")
        .contains("stock_assistant_repository_duration_seconds_count{port=\"QuoteRepository\","
            + "method=\"priceBars\",} 1.0")
        .contains("stock_assistant_repository_duration_seconds_sum{port=\"QuoteRepository\","
            + "method=\"priceBars\",} 0.04")
        .contains("stock_assistant_repository_duration_seconds_count{port=\"StockRepository\","
            + "method=\"search(StockSearch)\",} 1.0");
  }

  @Test
  void hikariMetricsTakeMicrometersNamesWithThePoolAsLabelAndSecondsAsUnit() throws IOException {
    metrics.register("main.pool.ActiveConnections", (Gauge<Integer>) () -> 3);
    metrics.histogram("main.pool.Usage").update(1500);
    metrics.timer("main.pool.Wait").update(Duration.ofMillis(20));
    metrics.meter("main.pool.ConnectionTimeoutRate").mark(4);

    assertThat(exposition())
        .contains("hikaricp_connections_active{pool=\"main\",} 3.0")
        .contains("hikaricp_connections_usage_seconds_sum{pool=\"main\",} 1.5")
        .contains("hikaricp_connections_acquire_seconds_sum{pool=\"main\",} 0.02")
        .contains("# TYPE hikaricp_connections_timeout_total counter")
        .contains("hikaricp_connections_timeout_total{pool=\"main\",} 4.0");
  }

  @Test
  void theBreakerStateIsOneSamplePerStateName() throws IOException {
    metrics.register("resilience4j.circuitbreaker.database.state", (Gauge<Integer>) () -> 1);

    assertThat(exposition())
        .contains("resilience4j_circuitbreaker_state{name=\"database\",state=\"closed\",} 0.0")
        .contains("resilience4j_circuitbreaker_state{name=\"database\",state=\"open\",} 1.0")
        .contains("resilience4j_circuitbreaker_state{name=\"database\",state=\"half_open\",} 0.0");
  }

  @Test
  void aNameNoRuleKnowsBecomesSnakeCaseWithItsUnit() throws IOException {
    metrics.timer("bulk.StagedCopy.mergeRows").update(Duration.ofSeconds(2));
    metrics.meter("importer.badRows").mark();

    assertThat(exposition())
        .contains("stock_assistant_bulk_staged_copy_merge_rows_seconds_sum 2.0")
        .contains("# TYPE stock_assistant_importer_bad_rows_total counter")
        .contains("stock_assistant_importer_bad_rows_total 1.0");
  }

  @Test
  void jvmAndHttpNamesAreLeftToTheirOwnCollectors() throws IOException {
    metrics.timer("http.GET./api/v1/stocks.2xx").update(Duration.ofMillis(5));
    metrics.register("jvm.threads.count", (Gauge<Integer>) () -> 12);

    assertThat(exposition()).isEmpty();
  }

  private String exposition() throws IOException {
    var registry = new CollectorRegistry();
    registry.register(new DropwizardFamilies(metrics));
    var out = new StringWriter();
    TextFormat.write004(out, registry.metricFamilySamples());
    return out.toString();
  }
}
