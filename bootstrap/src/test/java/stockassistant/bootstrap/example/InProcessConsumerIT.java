package stockassistant.bootstrap.example;

import static org.assertj.core.api.Assertions.assertThat;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.bootstrap.runtime.ToolRuntime;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.ThirdCode;

/** Another module gets the facade from Guice and works through it, with no HTTP at all. */
class InProcessConsumerIT {

  @Test
  void ingestsBarsAndReadsThemBackThroughTheFacadeOnly() {
    TestDatabase.truncateAll();
    try (ToolRuntime runtime = ToolRuntime.start(TestConfigs.onTestDatabase(Map.of()))) {
      MovingAverageSignals signals = runtime.injector().getInstance(MovingAverageSignals.class);
      var feed = new ArrayList<DailyBar>();
      for (int day = 0; day < 5; day++) {
        feed.add(aBar().of("600519.SH").on(LocalDate.of(2024, 3, 4).plusDays(day)).close(100 + day).build());
      }

      assertThat(signals.ingest(feed)).isEqualTo(5);
      assertThat(signals.movingAverage(ThirdCode.of("600519.SH"), LocalDate.of(2024, 3, 1),
          LocalDate.of(2024, 3, 31), 3)).containsExactly(101.0, 102.0, 103.0);
    }
  }
}
