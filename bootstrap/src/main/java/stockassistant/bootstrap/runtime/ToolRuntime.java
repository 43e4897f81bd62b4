package stockassistant.bootstrap.runtime;

import com.google.inject.Injector;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.database.DatabaseRuntime;
import stockassistant.bootstrap.database.Migrations;
import stockassistant.bootstrap.wiring.Modules;

/**
 * The database side without the HTTP server, for one-shot commands (import, bench): the same
 * settings, pool and facades as {@code serve}, closed in reverse order when the command ends.
 */
public final class ToolRuntime implements AutoCloseable {
  private final Injector injector;

  private ToolRuntime(Injector injector) {
    this.injector = injector;
  }

  public static ToolRuntime start(AppConfig config) {
    Injector injector = Modules.toolInjector(config);
    if (config.migrateOnStart()) {
      injector.getInstance(Migrations.class).migrate();
    }
    return new ToolRuntime(injector);
  }

  public Injector injector() {
    return injector;
  }

  @Override
  public void close() {
    injector.getInstance(Persistence.class).close();
    injector.getInstance(DatabaseRuntime.class).close();
  }
}
