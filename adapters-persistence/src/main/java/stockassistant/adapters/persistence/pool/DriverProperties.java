package stockassistant.adapters.persistence.pool;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The pgjdbc connection properties that {@link PoolSettings} stand for, and the one place a
 * connection is opened outside the pool ({@link #connect}): the pool and every connection beside
 * it (doctor, backups, the sync lock, replica probes) share TLS, timeouts and the pooler's rules,
 * so none of them sends a pooler what it refuses.
 */
public final class DriverProperties {
  private DriverProperties() {}

  /** One connection outside the pool: the pool's properties, changed only where {@code use} says. */
  public static Connection connect(DatabaseTarget target, PoolSettings settings, Direct use)
      throws SQLException {
    Properties properties = of(settings, use);
    if (target.username() != null) {
      properties.setProperty("user", target.username());
    }
    if (target.password() != null) {
      properties.setProperty("password", target.password());
    }
    return DriverManager.getConnection(target.jdbcUrl(), properties);
  }

  /** The same properties, for a library that connects by itself (Flyway's jdbcProperties). */
  public static Map<String, String> asMap(PoolSettings settings, Direct use) {
    Properties properties = of(settings, use);
    return properties.stringPropertyNames().stream()
        .collect(Collectors.toMap(name -> name, properties::getProperty));
  }

  /** Without credentials: the pool takes those separately. */
  static Properties of(PoolSettings settings, Direct use) {
    PoolTimeouts timeouts = settings.timeouts();
    DriverSession session = settings.session();
    Duration connect =
        use.connectTimeout() != null ? use.connectTimeout() : timeouts.connectTimeout();
    Duration read = use.readTimeout() != null ? use.readTimeout() : timeouts.socketTimeout();
    var properties = new Properties();
    properties.setProperty("connectTimeout", seconds(connect));
    properties.setProperty("loginTimeout", seconds(connect));
    properties.setProperty("socketTimeout", seconds(read));
    properties.setProperty("tcpKeepAlive", "true");
    properties.setProperty("ApplicationName", session.applicationName()
        + (use.purpose() == null ? "" : "-" + use.purpose()));
    properties.setProperty("prepareThreshold",
        use.sessionFree() ? "0" : String.valueOf(session.prepareThreshold()));
    properties.setProperty("reWriteBatchedInserts", "true");
    if (use.sessionFree() || session.pooler().poolsTransactions()) {
      // application_name then travels in the startup packet, which PgBouncer keeps per client;
      // otherwise pgjdbc sends a session SET right after connecting
      properties.setProperty("assumeMinServerVersion", "9.0");
    } else if (use.statementTimeout() && !timeouts.statementTimeout().isZero()) {
      // one setting for the whole session, free of round trips; a transaction pooler refuses it
      // and gets SET LOCAL per write transaction instead (ConnectionPool.beginTransaction)
      properties.setProperty("options",
          "-c statement_timeout=" + timeouts.statementTimeout().toMillis());
    }
    if (settings.tls().sslMode() != null) {
      properties.setProperty("sslmode", settings.tls().sslMode());
    }
    if (settings.tls().sslRootCert() != null) {
      properties.setProperty("sslrootcert", settings.tls().sslRootCert());
    }
    return properties;
  }

  private static String seconds(Duration duration) {
    // pgjdbc takes whole seconds; round up so a sub-second setting is not "infinite"
    return String.valueOf(duration.isZero() ? 0 : Math.max(1, (duration.toMillis() + 999) / 1000));
  }
}
