package stockassistant.adapters.persistence.resilience;

import java.time.Duration;
import stockassistant.adapters.persistence.pool.DriverSession;
import stockassistant.adapters.persistence.pool.DriverTls;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.adapters.persistence.pool.PoolSizing;
import stockassistant.adapters.persistence.pool.PoolTimeouts;
import stockassistant.adapters.persistence.pool.Pooler;
import stockassistant.adapters.persistence.session.Budgets;

/**
 * Shorter settings for the extra persistence-level fault tests, so they finish in seconds. The
 * scenarios that prove the shipped defaults run over HTTP in bootstrap's {@code faults} tests.
 */
final class FaultScenario {
  private FaultScenario() {}

  static PoolSettings pool(int maxSize) {
    return new PoolSettings(
        new PoolSizing(maxSize, Math.min(2, maxSize), PoolSizing.DEFAULT_IDLE_TIMEOUT,
            PoolSizing.DEFAULT_MAX_LIFETIME, Duration.ofSeconds(30), Duration.ofSeconds(10)),
        new PoolTimeouts(Duration.ofMillis(1_000), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(3), Duration.ofSeconds(2)),
        DriverTls.DEFAULTS, new DriverSession(Pooler.NONE, 5, "stock-assistant-fault-test"));
  }

  static Budgets budgets() {
    return new Budgets(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(10));
  }

  static ResilienceSettings resilience() {
    return new ResilienceSettings(3, Duration.ofMillis(50), Duration.ofMillis(500), 50f, 10, 5,
        Duration.ofSeconds(1), 2);
  }
}
