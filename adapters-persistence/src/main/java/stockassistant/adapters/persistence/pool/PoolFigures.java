package stockassistant.adapters.persistence.pool;

import com.codahale.metrics.Counting;
import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Snapshot;
import com.codahale.metrics.Timer;
import com.zaxxer.hikari.HikariPoolMXBean;
import stockassistant.domain.PrimaryPool;

/**
 * One pool's figures: its counts from Hikari's MXBean, its wait and timeouts from Hikari's
 * Dropwizard tracker and its leaks from our counter, all under the pool's own name
 * ({@code <pool>.pool.Wait}), so a replica's pool never stands in for the primary's.
 */
public final class PoolFigures implements PrimaryPool {
  private final ConnectionPool pool;
  private final MetricRegistry metrics;

  public PoolFigures(ConnectionPool pool, MetricRegistry metrics) {
    this.pool = pool;
    this.metrics = metrics;
  }

  @Override
  public Figures figures() {
    HikariPoolMXBean stats = pool.stats();
    Snapshot wait = metric("Wait") instanceof Timer timer ? timer.getSnapshot() : null;
    return new Figures(stats.getActiveConnections(), stats.getIdleConnections(),
        stats.getThreadsAwaitingConnection(), stats.getTotalConnections(), pool.maximumSize(),
        count("Wait"), wait == null ? 0 : nanosToMillis(wait.get99thPercentile()),
        wait == null ? 0 : nanosToMillis(wait.getMean()), count("ConnectionTimeoutRate"),
        count("Leaks"), count("LeaksUnleaked"));
  }

  /** Looked up, not created: a metric nobody registered reads as zero. */
  private Metric metric(String name) {
    return metrics.getMetrics().get(MetricRegistry.name(pool.name(), "pool", name));
  }

  private long count(String name) {
    return metric(name) instanceof Counting counting ? counting.getCount() : 0;
  }

  private static double nanosToMillis(double nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }
}
