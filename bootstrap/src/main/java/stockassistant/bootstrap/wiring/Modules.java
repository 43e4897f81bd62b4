package stockassistant.bootstrap.wiring;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import stockassistant.bootstrap.config.AppConfig;

/** The one place modules are put together. */
public final class Modules {
  private Modules() {}

  public static Injector injector(AppConfig config) {
    return Guice.createInjector(Stage.PRODUCTION, new ConfigModule(config),
        new ObservabilityModule(), new DatabaseModule(), new HealthModule(), new WebModule(),
        new SecretsModule());
  }

  /** For one-shot commands: no web server, and singletons built only when asked for. */
  public static Injector toolInjector(AppConfig config) {
    return Guice.createInjector(Stage.DEVELOPMENT, new ConfigModule(config),
        new ObservabilityModule(), new DatabaseModule(), new HealthModule(), new SecretsModule());
  }
}
