package stockassistant.adapters.persistence.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import stockassistant.adapters.persistence.pool.DatabaseTarget;

/**
 * Connections of their own for backups and restores, not the pool's: a COPY of the whole store
 * runs for minutes, past every budget and statement timeout the pool's use cases live under, and
 * an exported snapshot needs real sessions (so, behind a transaction pooler, the direct
 * migration URL).
 */
final class DirectConnections {
  private final DatabaseTarget target;

  DirectConnections(DatabaseTarget target) {
    this.target = target;
  }

  Connection open(String purpose) throws SQLException {
    var properties = new Properties();
    properties.setProperty("user", target.username());
    if (target.password() != null) {
      properties.setProperty("password", target.password());
    }
    properties.setProperty("ApplicationName", "stock-assistant " + purpose);
    properties.setProperty("tcpKeepAlive", "true");
    Connection connection = DriverManager.getConnection(target.jdbcUrl(), properties);
    try (Statement statement = connection.createStatement()) {
      // a server-wide default must not cut a long COPY or the snapshot's idle coordinator short
      statement.execute("SET statement_timeout = 0");
      statement.execute("SET idle_in_transaction_session_timeout = 0");
    } catch (SQLException failure) {
      connection.close();
      throw failure;
    }
    return connection;
  }

  DatabaseTarget target() {
    return target;
  }
}
