package stockassistant.bootstrap.runtime;

import com.google.inject.Injector;
import stockassistant.bootstrap.config.AppConfig;

/**
 * The {@link Backend} without the HTTP server or JMX, for one-shot commands (import, bench) and
 * in-process use: the same settings, pool and facades as {@code serve}, closed in reverse when
 * the command ends.
 */
public final class ToolRuntime implements AutoCloseable {
  private final StartedParts started;
  private final Injector injector;

  private ToolRuntime(StartedParts started, Injector injector) {
    this.started = started;
    this.injector = injector;
  }

  public static ToolRuntime start(AppConfig config) {
    var started = new StartedParts();
    try {
      return new ToolRuntime(started, Backend.start(config, started, false));
    } catch (RuntimeException failure) {
      started.close();
      throw failure;
    }
  }

  public Injector injector() {
    return injector;
  }

  @Override
  public void close() {
    started.close();
  }
}
