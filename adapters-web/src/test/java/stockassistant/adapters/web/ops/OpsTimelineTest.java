package stockassistant.adapters.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import stockassistant.domain.PrimaryPool;

class OpsTimelineTest {
  private final MetricRegistry metrics = new MetricRegistry();
  private final AtomicLong now = new AtomicLong(1_000_000);
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicLong borrowed = new AtomicLong();
  /** The primary pool's port: five connections, {@code active} busy, 2 ms p99 wait. */
  private final PrimaryPool pool = () -> new PrimaryPool.Figures(active.get(), 5 - active.get(),
      0, 5, 10, borrowed.get(), 2.0, 2.0, 0, 0, 0);
  private final OpsTimeline timeline = new OpsTimeline(metrics, pool, now::get);

  @Test
  void samplesThePoolAndRatesSinceThePreviousSample() {
    timeline.sample();
    active.set(3);
    for (int i = 0; i < 4; i++) {
      borrowed.incrementAndGet();
      metrics.timer("http.GET./api/v1/stocks.2xx").update(1, TimeUnit.MILLISECONDS);
    }
    metrics.timer("http.POST./api/v1/quotes/daily.4xx").update(1, TimeUnit.MILLISECONDS);
    now.addAndGet(2_000);
    timeline.sample();

    var samples = timeline.after(0);
    assertThat(samples).hasSize(2);
    assertThat(samples.get(0).requestsPerSecond()).isZero();
    OpsTimeline.Sample second = samples.get(1);
    assertThat(second.active()).isEqualTo(3);
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.borrowsPerSecond()).isEqualTo(2.0);
    assertThat(second.requestsPerSecond()).isEqualTo(2.5);
    assertThat(second.waitP99Ms()).isEqualTo(2.0);
  }

  @Test
  void keepsFiveMinutesAndAnswersOnlyWhatIsNewerThanAsked() {
    for (int i = 0; i < OpsTimeline.CAPACITY + 20; i++) {
      timeline.sample();
      now.addAndGet(1_000);
    }
    var all = timeline.after(0);
    assertThat(all).hasSize(OpsTimeline.CAPACITY);
    long last = all.get(all.size() - 1).t();
    assertThat(timeline.after(last)).isEmpty();
    assertThat(timeline.after(last - 1_500)).extracting(OpsTimeline.Sample::t)
        .containsExactly(last - 1_000, last);
  }
}
