package stockassistant.bootstrap.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import org.slf4j.LoggerFactory;

/**
 * Counts HikariCP's leak reports, which Hikari only logs (HikariCP #653 asked for a metric in
 * 2016): {@code pool.Leaks} for every connection held past the threshold, and
 * {@code pool.LeaksUnleaked} when a flagged connection comes back after all (#694: the report
 * was a false positive or a slow borrower). Hikari logs the borrower's stack once per leak.
 */
public final class HikariLeakCounter extends AppenderBase<ILoggingEvent> {
  static final String LEAK_TASK_LOGGER = "com.zaxxer.hikari.pool.ProxyLeakTask";

  private final Meter leaks;
  private final Meter unleaked;

  private HikariLeakCounter(MetricRegistry metrics, String poolName) {
    this.leaks = metrics.meter(MetricRegistry.name(poolName, "pool", "Leaks"));
    this.unleaked = metrics.meter(MetricRegistry.name(poolName, "pool", "LeaksUnleaked"));
  }

  /** Attaches the counter to Hikari's leak logger (kept at INFO so "unleaked" is seen). */
  public static HikariLeakCounter install(MetricRegistry metrics, String poolName) {
    var counter = new HikariLeakCounter(metrics, poolName);
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      counter.setContext(context);
      counter.setName("hikari-leak-counter");
      counter.start();
      Logger leakLogger = context.getLogger(LEAK_TASK_LOGGER);
      if (leakLogger.getLevel() == null || leakLogger.getLevel().isGreaterOrEqual(Level.WARN)) {
        leakLogger.setLevel(Level.INFO);
      }
      leakLogger.addAppender(counter);
    }
    return counter;
  }

  @Override
  protected void append(ILoggingEvent event) {
    String message = event.getMessage();
    if (message == null) {
      return;
    }
    if (message.startsWith("Connection leak detection triggered")) {
      leaks.mark();
    } else if (message.contains("(unleaked)")) {
      unleaked.mark();
    }
  }
}
