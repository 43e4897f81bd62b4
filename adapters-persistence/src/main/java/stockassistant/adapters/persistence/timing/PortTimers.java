package stockassistant.adapters.persistence.timing;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;

/**
 * The timers of one repository port, one per method, named {@code repository.<Port>.<method>}
 * (an overloaded method adds the type of its first parameter after the handle:
 * {@code search(StockSearch)}). Each is
 * registered when its decorator is built, so a method not called yet still shows, with count 0.
 */
final class PortTimers {
  private final MetricRegistry metrics;
  private final String port;

  PortTimers(MetricRegistry metrics, Class<?> port) {
    this.metrics = metrics;
    this.port = port.getSimpleName();
  }

  Timer of(String method) {
    return metrics.timer(MetricRegistry.name("repository", port, method));
  }
}
