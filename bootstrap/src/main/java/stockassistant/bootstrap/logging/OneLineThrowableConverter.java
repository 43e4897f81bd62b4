package stockassistant.bootstrap.logging;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * {@code %oneLineEx}: an exception as one masked line of its cause chain, never a stack trace
 * (driver messages can quote SQL or hosts; stack traces bury the reason). The exception is
 * Hikari's leak report, whose whole point is the borrower's stack: its frames are kept.
 */
public final class OneLineThrowableConverter extends ThrowableHandlingConverter {
  private static final String LEAK_LOGGER = "com.zaxxer.hikari.pool.ProxyLeakTask";

  @Override
  public String convert(ILoggingEvent event) {
    IThrowableProxy throwable = event.getThrowableProxy();
    if (throwable == null) {
      return "";
    }
    if (LEAK_LOGGER.equals(event.getLoggerName())) {
      return borrowerStack(throwable);
    }
    return " | " + describe(throwable);
  }

  static String describe(IThrowableProxy throwable) {
    var line = new StringBuilder();
    for (IThrowableProxy cause = throwable; cause != null; cause = cause.getCause()) {
      if (line.length() > 0) {
        line.append(" <- ");
      }
      String className = cause.getClassName();
      line.append(className.substring(className.lastIndexOf('.') + 1));
      if (cause.getMessage() != null) {
        line.append(": ").append(Secrets.mask(firstLine(cause.getMessage())));
      }
    }
    return line.toString();
  }

  private static String borrowerStack(IThrowableProxy throwable) {
    var stack = new StringBuilder(System.lineSeparator()).append("  borrowed at:");
    for (StackTraceElementProxy frame : throwable.getStackTraceElementProxyArray()) {
      stack.append(System.lineSeparator()).append("    ").append(frame.getSTEAsString());
    }
    return stack.toString();
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
