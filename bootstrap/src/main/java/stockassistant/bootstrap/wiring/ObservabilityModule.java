package stockassistant.bootstrap.wiring;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.google.inject.AbstractModule;

/** One metric registry and one health-check registry for the whole process. */
public final class ObservabilityModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(MetricRegistry.class).toInstance(new MetricRegistry());
    bind(HealthCheckRegistry.class).toInstance(new HealthCheckRegistry());
  }
}
