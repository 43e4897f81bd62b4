package stockassistant.adapters.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OverviewRoutesTest {
  @Test
  void oneRowPerRouteAndStatusClassBusiestFirst() {
    var metrics = new MetricRegistry();
    metrics.timer("http.GET./api/v1/stocks/{third_code}.2xx").update(3, TimeUnit.MILLISECONDS);
    for (int i = 0; i < 3; i++) {
      metrics.timer("http.GET./api/v1/quotes/daily/{third_code}.2xx").update(1, TimeUnit.MILLISECONDS);
    }
    metrics.timer("http.POST./api/v1/quotes/daily.4xx").update(1, TimeUnit.MILLISECONDS);
    metrics.timer("repository.QuoteRepository.upsertAll").update(1, TimeUnit.MILLISECONDS);

    var rows = OverviewRoutes.routes(metrics);

    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).satisfies(row -> {
      assertThat(row.method()).isEqualTo("GET");
      assertThat(row.route()).isEqualTo("/api/v1/quotes/daily/{third_code}");
      assertThat(row.status()).isEqualTo("2xx");
      assertThat(row.count()).isEqualTo(3);
    });
    assertThat(rows).extracting(OverviewRoutes.RouteFigures::route)
        .contains("/api/v1/stocks/{third_code}", "/api/v1/quotes/daily");
    assertThat(rows.stream().filter(r -> r.route().equals("/api/v1/stocks/{third_code}")).findFirst())
        .get().extracting(OverviewRoutes.RouteFigures::p99Ms).isEqualTo(3.0);
  }
}
