package stockassistant.adapters.web.ops;

import com.codahale.metrics.Counting;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Snapshot;
import com.codahale.metrics.Timer;
import java.util.Map;

/**
 * The connection pool as HikariCP's Dropwizard tracker and our leak counter name it
 * ({@code <pool>.pool.ActiveConnections}, {@code <pool>.pool.Wait}, {@code <pool>.pool.Leaks}),
 * read by suffix so this does not need to know the pool's name. Missing metrics read as zero:
 * a registry without a pool (a test API server) still renders.
 */
record PoolFigures(int active, int idle, int pending, int total, int max, long borrowed,
    double waitP99Ms, double waitMeanMs, long timeouts, long leaks, long leaksUnleaked) {

  static PoolFigures read(MetricRegistry metrics) {
    Map<String, Metric> all = metrics.getMetrics();
    Snapshot wait = find(all, ".pool.Wait") instanceof Timer timer ? timer.getSnapshot() : null;
    return new PoolFigures(gauge(all, ".pool.ActiveConnections"),
        gauge(all, ".pool.IdleConnections"), gauge(all, ".pool.PendingConnections"),
        gauge(all, ".pool.TotalConnections"), gauge(all, ".pool.MaxConnections"),
        count(all, ".pool.Wait"),
        wait == null ? 0 : nanosToMillis(wait.get99thPercentile()),
        wait == null ? 0 : nanosToMillis(wait.getMean()),
        count(all, ".pool.ConnectionTimeoutRate"), count(all, ".pool.Leaks"),
        count(all, ".pool.LeaksUnleaked"));
  }

  private static Metric find(Map<String, Metric> all, String suffix) {
    for (Map.Entry<String, Metric> entry : all.entrySet()) {
      if (entry.getKey().endsWith(suffix)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static int gauge(Map<String, Metric> all, String suffix) {
    return find(all, suffix) instanceof Gauge<?> gauge && gauge.getValue() instanceof Number n
        ? n.intValue() : 0;
  }

  private static long count(Map<String, Metric> all, String suffix) {
    return find(all, suffix) instanceof Counting counting ? counting.getCount() : 0;
  }

  private static double nanosToMillis(double nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }
}
