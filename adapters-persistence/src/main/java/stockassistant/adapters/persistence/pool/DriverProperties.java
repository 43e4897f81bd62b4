package stockassistant.adapters.persistence.pool;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * The pgjdbc connection properties that {@link PoolSettings} stand for: the same for the pool and
 * for the single connections opened beside it (replica probes, doctor), so that none of them
 * sends a pooler what it refuses.
 */
public final class DriverProperties {
  private DriverProperties() {}

  /** Driver properties without credentials (the pool takes those separately). */
  public static Properties of(PoolSettings settings) {
    var properties = new Properties();
    properties.setProperty("connectTimeout", seconds(settings.connectTimeout()));
    properties.setProperty("loginTimeout", seconds(settings.connectTimeout()));
    properties.setProperty("socketTimeout", seconds(settings.socketTimeout()));
    properties.setProperty("tcpKeepAlive", "true");
    properties.setProperty("ApplicationName", settings.applicationName());
    properties.setProperty("prepareThreshold", String.valueOf(settings.prepareThreshold()));
    properties.setProperty("reWriteBatchedInserts", "true");
    if (settings.pooler().poolsTransactions()) {
      // application_name then travels in the startup packet, which PgBouncer keeps per client;
      // otherwise pgjdbc sends a session SET right after connecting
      properties.setProperty("assumeMinServerVersion", "9.0");
    } else if (!settings.statementTimeout().isZero()) {
      // one setting for the whole session, free of round trips; a transaction pooler refuses it
      // and gets SET LOCAL per write transaction instead (ConnectionPool.beginTransaction)
      properties.setProperty("options",
          "-c statement_timeout=" + settings.statementTimeout().toMillis());
    }
    if (settings.sslMode() != null) {
      properties.setProperty("sslmode", settings.sslMode());
    }
    if (settings.sslRootCert() != null) {
      properties.setProperty("sslrootcert", settings.sslRootCert());
    }
    return properties;
  }

  /**
   * One connection outside the pool, with the pool's properties, its own application name, and
   * {@code timeout} on connecting and on every read.
   */
  public static Connection connect(DatabaseTarget target, PoolSettings settings,
      String applicationName, Duration timeout) throws SQLException {
    Properties properties = of(settings);
    properties.setProperty("ApplicationName", applicationName);
    properties.setProperty("connectTimeout", seconds(timeout));
    properties.setProperty("loginTimeout", seconds(timeout));
    properties.setProperty("socketTimeout", seconds(timeout));
    if (target.username() != null) {
      properties.setProperty("user", target.username());
    }
    if (target.password() != null) {
      properties.setProperty("password", target.password());
    }
    return DriverManager.getConnection(target.jdbcUrl(), properties);
  }

  private static String seconds(Duration duration) {
    // pgjdbc takes whole seconds; round up so a sub-second setting is not "infinite"
    return String.valueOf(duration.isZero() ? 0 : Math.max(1, (duration.toMillis() + 999) / 1000));
  }
}
