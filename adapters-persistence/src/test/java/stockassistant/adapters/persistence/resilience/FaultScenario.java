package stockassistant.adapters.persistence.resilience;

import java.time.Duration;
import stockassistant.adapters.persistence.pool.PoolSettings;

/** Settings for fault tests: short timeouts so the scenarios finish in seconds. */
final class FaultScenario {
  private FaultScenario() {}

  static PoolSettings pool(String jdbcUrl, String password, int maxSize) {
    var d = PoolSettings.defaults(jdbcUrl, "postgres", password);
    return new PoolSettings(jdbcUrl, "postgres", password, maxSize, Math.min(2, maxSize),
        Duration.ofMillis(1_000), d.idleTimeout(), d.maxLifetime(), Duration.ofSeconds(30),
        Duration.ofSeconds(10), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofSeconds(3), Duration.ofSeconds(2), null, null, 5, "stock-assistant-fault-test");
  }

  static ResilienceSettings resilience() {
    return new ResilienceSettings(3, Duration.ofMillis(50), Duration.ofMillis(500), 50f, 10, 5,
        Duration.ofSeconds(1), 2);
  }
}
