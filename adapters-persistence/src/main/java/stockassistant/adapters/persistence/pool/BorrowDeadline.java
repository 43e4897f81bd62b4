package stockassistant.adapters.persistence.pool;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A borrow from HikariDataSource that gives up at a deadline shorter than the pool's connection
 * timeout. Hikari's public API has no per-call wait, but its wait is interruptible: at the
 * deadline the waiting thread is interrupted, and the interrupt is taken back (never left on the
 * caller's thread) whether it arrived during the wait or just after the borrow succeeded.
 */
final class BorrowDeadline {
  private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(
      runnable -> {
        Thread thread = new Thread(runnable, "db-borrow-deadline");
        thread.setDaemon(true);
        return thread;
      });

  /** The deadline passed before a connection was free. */
  static final class Passed extends Exception {
    Passed() {
      super(null, null, false, false);
    }
  }

  interface Borrow {
    Connection get() throws SQLException;
  }

  private final Thread borrower = Thread.currentThread();
  private boolean waiting = true;
  private boolean fired;

  private BorrowDeadline() {}

  static Connection within(Duration wait, Borrow borrow) throws SQLException, Passed {
    var deadline = new BorrowDeadline();
    var alarm = ALARMS.schedule(deadline::fire, Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
    Connection connection = null;
    SQLException failure = null;
    try {
      connection = borrow.get();
    } catch (SQLException borrowFailure) {
      failure = borrowFailure;
    } finally {
      alarm.cancel(false);
    }
    if (!deadline.over()) {
      if (failure != null) {
        throw failure;
      }
      return connection;
    }
    if (connection != null) {
      // the connection came just as the deadline passed: keep it, the caller is still in time
      return connection;
    }
    throw new Passed();
  }

  private synchronized void fire() {
    if (waiting) {
      fired = true;
      borrower.interrupt();
    }
  }

  /** Ends the wait; true when the alarm interrupted it (the interrupt is cleared then). */
  private synchronized boolean over() {
    waiting = false;
    if (fired) {
      Thread.interrupted();
    }
    return fired;
  }
}
