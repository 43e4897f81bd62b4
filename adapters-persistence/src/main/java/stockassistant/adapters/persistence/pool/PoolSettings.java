package stockassistant.adapters.persistence.pool;

import java.time.Duration;

/**
 * Every knob of the connection pool and the driver, explicit. Defaults are in {@link #defaults};
 * the README's settings table explains each.
 *
 * @param prepareThreshold 0 disables server-side prepared statements (PgBouncer transaction mode)
 * @param socketTimeout bounds any read from the server, so a silently dead link cannot hang a
 *     borrowed connection forever; keep it above the statement timeout
 */
public record PoolSettings(
    String jdbcUrl,
    String username,
    String password,
    int maximumPoolSize,
    int minimumIdle,
    Duration connectionTimeout,
    Duration idleTimeout,
    Duration maxLifetime,
    Duration keepaliveTime,
    Duration leakDetectionThreshold,
    Duration validationTimeout,
    Duration connectTimeout,
    Duration socketTimeout,
    Duration statementTimeout,
    String sslMode,
    String sslRootCert,
    int prepareThreshold,
    String applicationName) {

  public PoolSettings {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("the database URL must be a jdbc:postgresql: URL");
    }
    if (maximumPoolSize < 1) {
      throw new IllegalArgumentException("DB_POOL_MAX_SIZE must be at least 1");
    }
    if (minimumIdle < 0 || minimumIdle > maximumPoolSize) {
      throw new IllegalArgumentException("DB_POOL_MIN_IDLE must be between 0 and DB_POOL_MAX_SIZE");
    }
    if (connectionTimeout.toMillis() < 250) {
      throw new IllegalArgumentException("DB_CONNECTION_TIMEOUT_MS must be at least 250 (Hikari's floor)");
    }
    // Hikari silently disables leak detection below 2 s; refuse instead of pretending.
    if (!leakDetectionThreshold.isZero() && leakDetectionThreshold.toMillis() < 2000) {
      throw new IllegalArgumentException("DB_LEAK_DETECTION_MS must be 0 (off) or at least 2000");
    }
    if (!keepaliveTime.isZero() && keepaliveTime.toMillis() < 30_000) {
      throw new IllegalArgumentException("DB_KEEPALIVE_MS must be 0 (off) or at least 30000");
    }
    if (!statementTimeout.isZero() && !socketTimeout.isZero()
        && socketTimeout.compareTo(statementTimeout) <= 0) {
      throw new IllegalArgumentException(
          "DB_SOCKET_TIMEOUT_MS must be longer than DB_STATEMENT_TIMEOUT_MS, or a slow query looks like a dead link");
    }
  }

  /** Sizes for a 2-core service in front of one PostgreSQL; see README "Connection pool". */
  public static PoolSettings defaults(String jdbcUrl, String username, String password) {
    return new PoolSettings(jdbcUrl, username, password,
        10, 2,
        Duration.ofSeconds(3),
        Duration.ofMinutes(10),
        Duration.ofMinutes(30),
        Duration.ofMinutes(2),
        Duration.ofSeconds(60),
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        Duration.ofSeconds(45),
        Duration.ofSeconds(15),
        null, null, 5, "stock-assistant");
  }

  public PoolSettings withPoolSize(int maximum, int minimumIdleConnections) {
    return new PoolSettings(jdbcUrl, username, password, maximum, minimumIdleConnections,
        connectionTimeout, idleTimeout, maxLifetime, keepaliveTime, leakDetectionThreshold,
        validationTimeout, connectTimeout, socketTimeout, statementTimeout, sslMode, sslRootCert,
        prepareThreshold, applicationName);
  }

  public PoolSettings withTimeouts(Duration connection, Duration statement, Duration socket) {
    return new PoolSettings(jdbcUrl, username, password, maximumPoolSize, minimumIdle,
        connection, idleTimeout, maxLifetime, keepaliveTime, leakDetectionThreshold,
        validationTimeout, connectTimeout, socket, statement, sslMode, sslRootCert,
        prepareThreshold, applicationName);
  }

  public PoolSettings withLeakDetection(Duration threshold) {
    return new PoolSettings(jdbcUrl, username, password, maximumPoolSize, minimumIdle,
        connectionTimeout, idleTimeout, maxLifetime, keepaliveTime, threshold,
        validationTimeout, connectTimeout, socketTimeout, statementTimeout, sslMode, sslRootCert,
        prepareThreshold, applicationName);
  }

  /** Never print the password; this is what logs and doctor show. */
  @Override
  public String toString() {
    return "PoolSettings[url=" + JdbcUrls.masked(jdbcUrl) + ", user=" + username
        + ", password=" + (password == null || password.isEmpty() ? "(none)" : "****")
        + ", maximumPoolSize=" + maximumPoolSize + ", minimumIdle=" + minimumIdle
        + ", connectionTimeout=" + connectionTimeout + ", idleTimeout=" + idleTimeout
        + ", maxLifetime=" + maxLifetime + ", keepaliveTime=" + keepaliveTime
        + ", leakDetectionThreshold=" + leakDetectionThreshold
        + ", validationTimeout=" + validationTimeout + ", connectTimeout=" + connectTimeout
        + ", socketTimeout=" + socketTimeout + ", statementTimeout=" + statementTimeout
        + ", sslMode=" + sslMode + ", prepareThreshold=" + prepareThreshold + "]";
  }
}
