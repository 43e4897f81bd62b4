package stockassistant.bootstrap.observability;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.jvm.GarbageCollectorMetricSet;
import com.codahale.metrics.jvm.MemoryUsageGaugeSet;
import com.codahale.metrics.jvm.ThreadStatesGaugeSet;
import io.github.resilience4j.metrics.CircuitBreakerMetrics;
import io.github.resilience4j.metrics.RetryMetrics;
import stockassistant.adapters.persistence.resilience.DatabaseGuard;

/** Everything registered once at start besides Hikari's own metrics and the timers. */
public final class MetricSets {
  private MetricSets() {}

  public static void register(MetricRegistry metrics, DatabaseGuard guard) {
    metrics.registerAll(CircuitBreakerMetrics.ofCircuitBreaker(guard.circuitBreaker()));
    metrics.registerAll(RetryMetrics.ofRetry(guard.retry()));
    metrics.registerAll("jvm.memory", new MemoryUsageGaugeSet());
    metrics.registerAll("jvm.gc", new GarbageCollectorMetricSet());
    metrics.registerAll("jvm.threads", new ThreadStatesGaugeSet());
  }
}
