package stockassistant.adapters.persistence.pool;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
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

  ConnectionPool(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    // HikariDataSource hands out its HikariPool as the MXBean; it is built eagerly with the config
    this.pool = (HikariPool) dataSource.getHikariPoolMXBean();
  }

  /** A connection within {@code wait}, or SQLTransientConnectionException. */
  public Connection borrow(Duration wait) throws SQLException {
    return pool.getConnection(Math.max(1, wait.toMillis()));
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
