package stockassistant.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.Await;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.marketdata.UpsertBarsCommand;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.LogCapture;

/**
 * With the shipped defaults: 30 clients hang up in the middle of a large response. Each is an
 * ordinary event: an access line with 499, no ERROR, nothing left in flight, and a shutdown
 * right after that does not wait for requests that are gone.
 */
class ClientAbortIT {

  @Test
  void clientsThatHangUpLeaveNothingBehind() throws Exception {
    TestDatabase.truncateAll();
    try (var logs = new LogCapture()) {
      Service service = DefaultService.on(TestDatabase.target());
      long stopMillis;
      try {
        service.injector().getInstance(MarketData.class).upsertBars(new UpsertBarsCommand(
            SlowClientsIT.bars("000001.SZ", LocalDate.of(1995, 1, 2), 7_500)));
        @SuppressWarnings("unchecked")
        var inFlight = (Gauge<Integer>) service.injector().getInstance(MetricRegistry.class)
            .getGauges().get("http.in_flight");
        var clients = new ArrayList<SlowClient>();
        for (int i = 0; i < 30; i++) {
          SlowClient client = SlowClient.get(service.port(), "/api/v1/quotes/valuation/000001.SZ");
          assertThat(client.read(1_024)).as("the response had begun").isEqualTo(1_024);
          clients.add(client);
        }
        for (SlowClient client : clients) {
          client.hangUp();
        }
        Await.until("no request is in flight", Duration.ofSeconds(10), () -> inFlight.getValue() == 0);
      } finally {
        long start = System.nanoTime();
        service.close();
        stopMillis = (System.nanoTime() - start) / 1_000_000;
      }

      long aborted = logs.of("stockassistant.access").stream().filter(line -> line.contains(" 499 ")).count();
      Figures.record("http-client-abort", String.format("defaults; 30 clients hung up mid-response: "
          + "%d access lines with 499, ERROR lines %d, shutdown took %d ms", aborted,
          logs.atLeast(Level.ERROR).size(), stopMillis));

      assertThat(logs.atLeast(Level.ERROR)).as("ERROR lines").isEmpty();
      assertThat(logs.of("stockassistant.access")).as("access lines of the aborted requests")
          .filteredOn(line -> line.contains(" 499 ")).hasSize(30);
      assertThat(stopMillis).as("shutdown, ms").isLessThan(2_000);
    }
  }
}
