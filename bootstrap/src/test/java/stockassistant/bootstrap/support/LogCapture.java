package stockassistant.bootstrap.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Every log event of the process while it is open, for tests that check what was logged. */
public final class LogCapture implements AutoCloseable {
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root;

  public LogCapture() {
    var context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    appender.setContext(context);
    appender.start();
    root.addAppender(appender);
  }

  public List<ILoggingEvent> events() {
    synchronized (appender.list) {
      return List.copyOf(appender.list);
    }
  }

  /** Formatted messages of events at {@code level} or above. */
  public List<String> atLeast(Level level) {
    return events().stream().filter(event -> event.getLevel().isGreaterOrEqual(level))
        .map(event -> event.getLevel() + " " + event.getLoggerName() + ": "
            + event.getFormattedMessage()).toList();
  }

  /** Formatted messages of one logger. */
  public List<String> of(String logger) {
    return events().stream().filter(event -> event.getLoggerName().equals(logger))
        .map(ILoggingEvent::getFormattedMessage).toList();
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
  }
}
