package stockassistant.adapters.persistence.pool;

import java.time.Duration;

/**
 * How long each wait may take: a borrow from the pool, a liveness check, connecting, any read,
 * any statement (zero: no limit, where the knob allows it).
 *
 * @param socketTimeout a backstop on any read from the server; the unit-of-work watchdog acts
 *     first, so keep it above the statement timeout
 */
public record PoolTimeouts(Duration connectionTimeout, Duration validationTimeout,
    Duration connectTimeout, Duration socketTimeout, Duration statementTimeout) {
  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(3);
  public static final Duration DEFAULT_VALIDATION_TIMEOUT = Duration.ofSeconds(1);
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(45);
  public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(15);
  /** Hikari's floor for both: below it Hikari quietly uses its own defaults (30 s, 5 s). */
  public static final Duration MIN_CONNECTION_TIMEOUT = Duration.ofMillis(250);
  public static final Duration MIN_VALIDATION_TIMEOUT = Duration.ofMillis(250);
  public static final PoolTimeouts DEFAULTS = new PoolTimeouts(DEFAULT_CONNECTION_TIMEOUT,
      DEFAULT_VALIDATION_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_SOCKET_TIMEOUT,
      DEFAULT_STATEMENT_TIMEOUT);

  public PoolTimeouts {
    PoolSizing.floor("DB_CONNECTION_TIMEOUT_MS", connectionTimeout, MIN_CONNECTION_TIMEOUT, false);
    PoolSizing.floor("DB_VALIDATION_TIMEOUT_MS", validationTimeout, MIN_VALIDATION_TIMEOUT, false);
    if (!statementTimeout.isZero() && !socketTimeout.isZero()
        && socketTimeout.compareTo(statementTimeout) <= 0) {
      throw new IllegalArgumentException(
          "DB_SOCKET_TIMEOUT_MS must be longer than DB_STATEMENT_TIMEOUT_MS, or a slow query looks like a dead link");
    }
  }
}
