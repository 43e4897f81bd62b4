package stockassistant.bootstrap.observability;

import com.codahale.metrics.CachedGauge;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.application.quality.DataQuality;
import stockassistant.application.quality.DatasetFreshness;
import stockassistant.application.quality.FreshnessReport;
import stockassistant.domain.quality.Dataset;

/**
 * {@code quality.freshness.<dataset>.age_days}: each dataset's age in open days, for an alert
 * when the store falls behind (Prometheus: {@code stock_assistant_data_sessions_behind{dataset}}).
 * One freshness read serves every gauge and is kept a minute: a scrape every few seconds costs
 * a few index probes a minute, and a database that is down makes the gauges NaN, not an error.
 */
public final class FreshnessGauges {
  private static final Logger log = LoggerFactory.getLogger(FreshnessGauges.class);

  private FreshnessGauges() {}

  public static void register(MetricRegistry metrics, DataQuality quality) {
    var report = new CachedGauge<FreshnessReport>(1, TimeUnit.MINUTES) {
      @Override
      protected FreshnessReport loadValue() {
        try {
          return quality.freshness();
        } catch (RuntimeException unavailable) {
          log.debug("freshness not read", unavailable);
          return null;
        }
      }
    };
    for (Dataset dataset : Dataset.values()) {
      metrics.register(MetricRegistry.name("quality.freshness", dataset.key(), "age_days"),
          (Gauge<Double>) () -> age(report.getValue(), dataset));
    }
  }

  private static double age(FreshnessReport report, Dataset dataset) {
    if (report == null) {
      return Double.NaN;
    }
    return report.datasets().stream().filter(one -> one.dataset() == dataset)
        .map(DatasetFreshness::ageDays).filter(java.util.Objects::nonNull)
        .mapToDouble(Integer::doubleValue).findFirst().orElse(Double.NaN);
  }
}
