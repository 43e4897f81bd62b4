package stockassistant.adapters.web.ops.prometheus;

import com.codahale.metrics.Clock;
import com.codahale.metrics.LockFreeExponentiallyDecayingReservoir;
import com.codahale.metrics.Histogram;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * A registry whose timers and histograms also keep the total of what they recorded. Dropwizard
 * keeps only a sample, but a Prometheus summary needs {@code _sum} for the average over any
 * window ({@code rate(x_sum[5m]) / rate(x_count[5m])}). Everything else is Dropwizard's: JMX
 * and /metrics see the same timers as before.
 */
public final class SummingMetricRegistry extends MetricRegistry {
  @Override
  public Timer timer(String name) {
    return timer(name, SummingTimer::new);
  }

  @Override
  public Histogram histogram(String name) {
    return histogram(name, () -> new SummingHistogram());
  }

  /** The total a timer or histogram recorded, in its own unit (nanoseconds for timers). */
  public static Double sumOf(Object metric) {
    if (metric instanceof SummingTimer timer) {
      return timer.histogram.sum.sum();
    }
    if (metric instanceof SummingHistogram histogram) {
      return histogram.sum.sum();
    }
    return null;
  }

  private static final class SummingHistogram extends Histogram {
    private final DoubleAdder sum = new DoubleAdder();

    // Dropwizard's lock-free build of the same forward-decaying sample (same size, same alpha):
    // several timers are updated per request, and the locked one showed in the read profile
    SummingHistogram() {
      super(LockFreeExponentiallyDecayingReservoir.builder().build());
    }

    // every Timer and Histogram update ends here, whichever public method recorded it
    @Override
    public void update(long value) {
      sum.add(value);
      super.update(value);
    }
  }

  private static final class SummingTimer extends Timer {
    private final SummingHistogram histogram;

    SummingTimer() {
      this(new SummingHistogram());
    }

    private SummingTimer(SummingHistogram histogram) {
      super(new Meter(), histogram, Clock.defaultClock());
      this.histogram = histogram;
    }
  }
}
