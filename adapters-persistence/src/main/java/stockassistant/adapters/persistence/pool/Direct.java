package stockassistant.adapters.persistence.pool;

import java.time.Duration;

/**
 * A connection beside the pool ({@link DriverProperties#connect}): what it is for (appended to
 * the application name) and where it differs from the pool's. Null timeouts are the pool's; a
 * session-free connection sends no startup {@code options} and prepares nothing on the server.
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

  public Direct reads(Duration timeout) {
    return new Direct(purpose, connectTimeout, timeout, statementTimeout, sessionFree);
  }

  /** Backups, COPY, DDL: minutes of work, so neither a statement nor a read timeout. */
  public Direct longWork() {
    return new Direct(purpose, connectTimeout, Duration.ZERO, false, sessionFree);
  }

  /** For doctor, which checks whether {@code DB_POOLER} fits what is at the address. */
  public Direct portable() {
    return new Direct(purpose, connectTimeout, readTimeout, false, true);
  }
}
