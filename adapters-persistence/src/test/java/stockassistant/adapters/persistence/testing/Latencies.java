package stockassistant.adapters.persistence.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Collects call durations from many threads and reports percentiles. */
public final class Latencies {
  private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

  public void add(long durationNanos) {
    nanos.add(durationNanos);
  }

  public int count() {
    return nanos.size();
  }

  public double percentileMillis(double percentile) {
    List<Long> sorted;
    synchronized (nanos) {
      sorted = new ArrayList<>(nanos);
    }
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    int index = (int) Math.min(sorted.size() - 1, Math.ceil(percentile / 100.0 * sorted.size()) - 1);
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  public double maxMillis() {
    return percentileMillis(100);
  }

  public String summary() {
    return String.format(Locale.ROOT, "n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms", count(),
        percentileMillis(50), percentileMillis(99), maxMillis());
  }
}
