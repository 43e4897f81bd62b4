package stockassistant.adapters.persistence.pool;

import com.codahale.metrics.Meter;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The HikariCP pool, with what a unit of work needs beyond {@code DataSource}: borrowing within
 * the time its budget has left (HikariDataSource only waits the pool-wide connection timeout;
 * see {@link BorrowDeadline}), and evicting a connection that must not be reused.
 */
public final class ConnectionPool implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final PoolSettings settings;
  /** Hikari's own count of pool timeouts, which it does not mark for a deadline of ours. */
  private final Meter timeouts;

  ConnectionPool(HikariDataSource dataSource, PoolSettings settings, Meter timeouts) {
    this.dataSource = dataSource;
    this.settings = settings;
    this.timeouts = timeouts;
  }

  /** A connection within {@code wait}, or SQLTransientConnectionException. */
  public Connection borrow(Duration wait) throws SQLException {
    if (wait.compareTo(settings.timeouts().connectionTimeout()) >= 0) {
      return dataSource.getConnection();
    }
    try {
      return BorrowDeadline.within(wait, dataSource::getConnection);
    } catch (BorrowDeadline.Passed passed) {
      timeouts.mark();
      throw timedOut(wait);
    }
  }

  /**
   * As Hikari words its own pool timeout, with its rule for the cause: none when every
   * connection is busy (the pool is exhausted); one when the pool, below its size with nothing
   * idle, could not open a connection in time (the database cannot be reached).
   */
  private SQLException timedOut(Duration wait) {
    HikariPoolMXBean pool = stats();
    String message = name() + " - Connection is not available, request timed out after "
        + wait.toMillis() + "ms (total=" + pool.getTotalConnections() + ", active="
        + pool.getActiveConnections() + ", idle=" + pool.getIdleConnections() + ", waiting="
        + pool.getThreadsAwaitingConnection() + ")";
    boolean cannotOpen = pool.getTotalConnections() < maximumSize() && pool.getIdleConnections() == 0;
    return cannotOpen
        ? new SQLTransientConnectionException(message, null,
            new SQLException("no new connection could be opened in time"))
        : new SQLTransientConnectionException(message);
  }

  /**
   * What a write transaction runs first on this pool's connections. Behind a transaction pooler
   * the statement timeout cannot ride on the connection (PgBouncer refuses the {@code options}
   * startup parameter, and a session SET would stay on whichever server connection ran it), so
   * each transaction sets its own, which ends with it. Reads in autocommit have none there: the
   * unit of work's watchdog cancels them at their budget (PgBouncer forwards cancel requests).
   */
  public void beginTransaction(Connection connection) throws SQLException {
    Duration statementTimeout = settings.timeouts().statementTimeout();
    if (settings.session().pooler().poolsTransactions() && !statementTimeout.isZero()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET LOCAL statement_timeout = " + statementTimeout.toMillis());
      }
    }
  }

  public PoolSettings settings() {
    return settings;
  }

  /** Closes this connection for good when it is given back. */
  public void evict(Connection connection) {
    dataSource.evictConnection(connection);
  }

  /**
   * Retires every idle connection (and busy ones when they come back). After one link was found
   * dead without a word, the others opened the same way are suspect, and validating each on
   * borrow would cost a validation timeout apiece.
   */
  public void evictAll() {
    stats().softEvictConnections();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public String name() {
    return dataSource.getPoolName();
  }

  public int maximumSize() {
    return dataSource.getMaximumPoolSize();
  }

  public HikariPoolMXBean stats() {
    return dataSource.getHikariPoolMXBean();
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
