package stockassistant.bootstrap.wiring;

import com.google.inject.AbstractModule;
import stockassistant.bootstrap.config.AppConfig;

/** The checked settings, available to every provider. */
public final class ConfigModule extends AbstractModule {
  private final AppConfig config;

  public ConfigModule(AppConfig config) {
    this.config = config;
  }

  @Override
  protected void configure() {
    bind(AppConfig.class).toInstance(config);
  }
}
