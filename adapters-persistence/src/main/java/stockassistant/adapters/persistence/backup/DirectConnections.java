package stockassistant.adapters.persistence.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.Direct;
import stockassistant.adapters.persistence.pool.DriverProperties;
import stockassistant.adapters.persistence.pool.PoolSettings;

/**
 * Connections of their own for backups and restores, not the pool's: a COPY of the whole store
 * runs for minutes, past every budget and statement timeout the pool's use cases live under, and
 * an exported snapshot needs real sessions (so, behind a transaction pooler, the direct
 * migration URL).
 */
final class DirectConnections {
  private final DatabaseTarget target;
  private final PoolSettings settings;

  DirectConnections(DatabaseTarget target, PoolSettings settings) {
    this.target = target;
    this.settings = settings;
  }

  Connection open(String purpose) throws SQLException {
    Connection connection =
        DriverProperties.connect(target, settings, Direct.of(purpose).longWork());
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
}
