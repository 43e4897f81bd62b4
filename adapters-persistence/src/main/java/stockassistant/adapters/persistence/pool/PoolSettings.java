package stockassistant.adapters.persistence.pool;

import java.time.Duration;

/**
 * How to use the database: every knob of the connection pool and the driver, explicit. Where
 * the database is lives in {@link DatabaseTarget}. The README's settings table explains each.
 *
 * @param prepareThreshold 0 disables server-side prepared statements (PgBouncer transaction mode)
 * @param socketTimeout a backstop on any read from the server; the unit-of-work watchdog acts
 *     first, so keep it above the statement timeout
 * @param pooler what sits at the database's address; a transaction pooler changes how the
 *     statement timeout is set and forbids server-side prepared statements
 */
public record PoolSettings(
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
    String applicationName,
    Pooler pooler) {

  public PoolSettings {
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
    if (pooler == null) {
      pooler = Pooler.NONE;
    }
    if (pooler.poolsTransactions() && prepareThreshold != 0) {
      throw new IllegalArgumentException("DB_PREPARE_THRESHOLD must be 0 with DB_POOLER="
          + pooler.setting() + ": a server-side prepared statement stays on the server connection "
          + "that prepared it, which the next transaction may not get (was " + prepareThreshold + ")");
    }
  }

  /** Sizes for a 2-core service in front of one PostgreSQL; see README "Settings". */
  public static PoolSettings defaults() {
    return new PoolSettings(
        10, 2,
        Duration.ofSeconds(3),
        Duration.ofMinutes(10),
        Duration.ofMinutes(30),
        Duration.ofMinutes(2),
        Duration.ofSeconds(60),
        Duration.ofSeconds(1),
        Duration.ofSeconds(5),
        Duration.ofSeconds(45),
        Duration.ofSeconds(15),
        null, null, 5, "stock-assistant", Pooler.NONE);
  }

  @Override
  public String toString() {
    return "PoolSettings[maximumPoolSize=" + maximumPoolSize + ", minimumIdle=" + minimumIdle
        + ", connectionTimeout=" + connectionTimeout + ", idleTimeout=" + idleTimeout
        + ", maxLifetime=" + maxLifetime + ", keepaliveTime=" + keepaliveTime
        + ", leakDetectionThreshold=" + leakDetectionThreshold
        + ", validationTimeout=" + validationTimeout + ", connectTimeout=" + connectTimeout
        + ", socketTimeout=" + socketTimeout + ", statementTimeout=" + statementTimeout
        + ", sslMode=" + sslMode + ", prepareThreshold=" + prepareThreshold
        + ", pooler=" + pooler.setting() + "]";
  }
}
