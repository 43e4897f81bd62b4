package stockassistant.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Meter;
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
      MetricRegistry metrics = runtime.injector().getInstance(MetricRegistry.class);
      Persistence persistence = runtime.injector().getInstance(Persistence.class);
      String poolName = persistence.pool().name();
      Meter leaks = metrics.meter(poolName + ".pool.Leaks");
      Meter unleaked = metrics.meter(poolName + ".pool.LeaksUnleaked");
      long before = leaks.getCount();

      Connection leaked = persistence.pool().dataSource().getConnection();
      waitFor(() -> leaks.getCount() > before, 10_000);
      leaked.close();
      waitFor(() -> unleaked.getCount() > 0, 5_000);

      assertThat(leaks.getCount()).isGreaterThan(before);
      assertThat(unleaked.getCount()).isPositive();
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
