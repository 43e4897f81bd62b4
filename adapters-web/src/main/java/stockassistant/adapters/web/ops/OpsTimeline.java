package stockassistant.adapters.web.ops;

import stockassistant.domain.PrimaryPool;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The pool and the traffic sampled once a second into a ring of the last five minutes, kept on
 * the server so the dashboard draws the recent past as soon as it opens (not only what one page
 * saw since it loaded). Sampling reads metrics only: it never touches the database.
 */
final class OpsTimeline {
  static final int CAPACITY = 300;

  private final MetricRegistry metrics;
  private final PrimaryPool primary;
  private final LongSupplier clock;
  private final Deque<Sample> samples = new ArrayDeque<>(CAPACITY);
  private long lastAt = -1;
  private long lastBorrowed;
  private long lastRequests;

  OpsTimeline(MetricRegistry metrics, PrimaryPool primary, LongSupplier clock) {
    this.metrics = metrics;
    this.primary = primary;
    this.clock = clock;
  }

  /** One point: the pool now, and borrows and requests per second since the previous point. */
  synchronized void sample() {
    long now = clock.getAsLong();
    PrimaryPool.Figures pool = primary.figures();
    long requests = 0;
    for (Timer timer : metrics.getTimers((name, metric) -> name.startsWith("http.")).values()) {
      requests += timer.getCount();
    }
    double seconds = lastAt < 0 ? 0 : Math.max(now - lastAt, 1) / 1000.0;
    samples.addLast(new Sample(now, pool.active(), pool.idle(), pool.pending(), pool.total(),
        perSecond(pool.borrowed() - lastBorrowed, seconds), perSecond(requests - lastRequests, seconds),
        pool.waitP99Ms()));
    if (samples.size() > CAPACITY) {
      samples.removeFirst();
    }
    lastAt = now;
    lastBorrowed = pool.borrowed();
    lastRequests = requests;
  }

  /** The points taken after {@code afterMillis} (epoch ms), oldest first. */
  synchronized List<Sample> after(long afterMillis) {
    var newer = new ArrayList<Sample>();
    for (Sample sample : samples) {
      if (sample.t() > afterMillis) {
        newer.add(sample);
      }
    }
    return newer;
  }

  private static double perSecond(long delta, double seconds) {
    return seconds == 0 ? 0 : Math.round(delta / seconds * 10) / 10.0;
  }

  /** {@code t} in epoch milliseconds; rates per second; wait in milliseconds. */
  record Sample(long t, int active, int idle, int pending, int total, double borrowsPerSecond,
      double requestsPerSecond, double waitP99Ms) {}
}
