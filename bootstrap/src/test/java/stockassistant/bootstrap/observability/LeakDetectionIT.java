package stockassistant.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.bootstrap.runtime.ToolRuntime;

/** A connection held past the leak threshold is counted; its return counts as "unleaked". */
class LeakDetectionIT {

  @Test
  void aLeakedConnectionRaisesTheLeakMetricAndItsReturnIsCounted() throws Exception {
    try (ToolRuntime runtime = ToolRuntime.start(
        TestConfigs.onTestDatabase(Map.of("DB_LEAK_DETECTION_MS", "2000")))) {
      HikariLeakCounter counter = runtime.injector().getInstance(HikariLeakCounter.class);
      MetricRegistry metrics = runtime.injector().getInstance(MetricRegistry.class);
      Persistence persistence = runtime.injector().getInstance(Persistence.class);
      String poolName = persistence.dataSource().getPoolName();
      long before = counter.leaks();

      Connection leaked = persistence.dataSource().getConnection();
      waitFor(() -> counter.leaks() > before, 10_000);
      leaked.close();
      waitFor(() -> counter.unleaked() > 0, 5_000);

      assertThat(counter.leaks()).isGreaterThan(before);
      assertThat(metrics.meter(poolName + ".pool.Leaks").getCount()).isEqualTo(counter.leaks());
      assertThat(metrics.meter(poolName + ".pool.LeaksUnleaked").getCount()).isPositive();
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, long millis)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
  }
}
