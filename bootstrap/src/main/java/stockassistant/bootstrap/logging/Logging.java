package stockassistant.bootstrap.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.LoggerFactory;

/**
 * Applies LOG_FORMAT once settings are known: logback.xml picks its appender from the
 * {@code LOG_FORMAT} property, which may come from .env or --config, not only the environment.
 */
public final class Logging {
  private static final String ROOT_LEVEL = "stockassistant.log.level";

  private Logging() {}

  public static void useFormat(String format) {
    if (format.equals(System.getProperty("LOG_FORMAT", "text"))) {
      return;
    }
    System.setProperty("LOG_FORMAT", format);
    reload();
  }

  /**
   * The root level of the console logs (logback.xml reads the property, so it survives the reload
   * that a LOG_FORMAT from --config or .env causes).
   */
  public static void useRootLevel(String level) {
    if (level.equals(System.getProperty(ROOT_LEVEL, "INFO"))) {
      return;
    }
    System.setProperty(ROOT_LEVEL, level);
    reload();
  }

  /** Re-reads logback.xml (console appenders pick up the current System.err). */
  public static void reload() {
    String format = System.getProperty("LOG_FORMAT", "text");
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      var configurator = new JoranConfigurator();
      configurator.setContext(context);
      context.reset();
      try {
        configurator.doConfigure(Logging.class.getResource("/logback.xml"));
      } catch (JoranException failure) {
        System.err.println("logging: cannot apply LOG_FORMAT=" + format);
      }
    }
  }
}
