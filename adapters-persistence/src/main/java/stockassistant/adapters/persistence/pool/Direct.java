package stockassistant.adapters.persistence.pool;

import java.time.Duration;

/**
 * A connection opened beside the pool ({@link DriverProperties#connect}): what it is for, and
 * the few ways it differs from the pool's connections. TLS, keepalive, the pooler's rules and
 * everything else not named here are the pool's own.
 *
 * @param purpose appended to the pool's application name, so {@code pg_stat_activity} tells the
 *     connection apart; null for the pool itself
 * @param connectTimeout on connecting and logging in; null: the pool's
 * @param readTimeout on every read from the server (zero: none); null: the pool's socket timeout
 * @param statementTimeout whether the pool's statement timeout applies
 * @param sessionFree nothing the server keeps past a statement (no startup {@code options}, no
 *     server-side prepared statements), whatever sits at the address
 */
public record Direct(String purpose, Duration connectTimeout, Duration readTimeout,
    boolean statementTimeout, boolean sessionFree) {
  static final Direct POOLED = new Direct(null, null, null, true, false);

  public static Direct of(String purpose) {
    return new Direct(purpose, null, null, true, false);
  }

  /** Connecting and every read within {@code timeout} (probes). */
  public Direct within(Duration timeout) {
    return new Direct(purpose, timeout, timeout, statementTimeout, sessionFree);
  }

  /** Every read within {@code timeout}, connecting within the pool's connect timeout. */
  public Direct reads(Duration timeout) {
    return new Direct(purpose, connectTimeout, timeout, statementTimeout, sessionFree);
  }

  /** Backups, COPY, DDL: minutes of work, so neither a statement nor a read timeout. */
  public Direct longWork() {
    return new Direct(purpose, connectTimeout, Duration.ZERO, false, sessionFree);
  }

  /** For doctor, which checks that {@code DB_POOLER} fits what is at the address. */
  public Direct portable() {
    return new Direct(purpose, connectTimeout, readTimeout, false, true);
  }
}
