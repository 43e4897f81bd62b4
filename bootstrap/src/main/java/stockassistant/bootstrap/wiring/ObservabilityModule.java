package stockassistant.bootstrap.wiring;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.web.ops.prometheus.SummingMetricRegistry;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.observability.HikariLeakCounter;
import stockassistant.bootstrap.observability.JmxPublisher;
import stockassistant.bootstrap.observability.MetricSets;

/** One metric registry and one health-check registry for the whole process, published over JMX. */
public final class ObservabilityModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(MetricRegistry.class).toInstance(new SummingMetricRegistry());
    bind(HealthCheckRegistry.class).toInstance(new HealthCheckRegistry());
  }

  @Provides
  @Singleton
  HikariLeakCounter leakCounter(MetricRegistry metrics, Persistence persistence) {
    MetricSets.register(metrics, persistence.guard());
    return HikariLeakCounter.install(metrics, persistence.dataSource().getPoolName());
  }

  @Provides
  @Singleton
  JmxPublisher jmx(MetricRegistry metrics, AppConfig config, HikariLeakCounter leaksCounted) {
    return JmxPublisher.start(metrics, config.jmxPort().orElse(null));
  }
}
