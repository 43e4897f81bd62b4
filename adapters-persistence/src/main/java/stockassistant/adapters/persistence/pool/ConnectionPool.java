package stockassistant.adapters.persistence.pool;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The HikariCP pool, with what a unit of work needs beyond {@code DataSource}: borrowing within
 * the time its budget has left (HikariDataSource only waits the pool-wide connection timeout),
 * and evicting a connection that must not be reused.
 */
public final class ConnectionPool implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final HikariPool pool;
  private final PoolSettings settings;

  ConnectionPool(HikariDataSource dataSource, PoolSettings settings) {
    this.dataSource = dataSource;
    this.settings = settings;
    // HikariDataSource hands out its HikariPool as the MXBean; it is built eagerly with the config
    this.pool = (HikariPool) dataSource.getHikariPoolMXBean();
  }

  /** A connection within {@code wait}, or SQLTransientConnectionException. */
  public Connection borrow(Duration wait) throws SQLException {
    return pool.getConnection(Math.max(1, wait.toMillis()));
  }

  /**
   * What a write transaction runs first on this pool's connections. Behind a transaction pooler
   * the statement timeout cannot ride on the connection (PgBouncer refuses the {@code options}
   * startup parameter, and a session SET would stay on whichever server connection ran it), so
   * each transaction sets its own, which ends with it. Reads in autocommit have none there: the
   * unit of work's watchdog cancels them at their budget (PgBouncer forwards cancel requests).
   */
  public void beginTransaction(Connection connection) throws SQLException {
    if (settings.pooler().poolsTransactions() && !settings.statementTimeout().isZero()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET LOCAL statement_timeout = " + settings.statementTimeout().toMillis());
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
    pool.softEvictConnections();
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
    return pool;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
