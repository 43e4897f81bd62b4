package stockassistant.domain;

import java.time.Duration;

/**
 * The database cannot serve the call now; trying again later may succeed. Callers in the same
 * process get this typed failure; the HTTP adapter turns it into 503 with Retry-After.
 */
public class DatabaseUnavailable extends RuntimeException {

  /** Why, so operators and clients can tell a saturated pool from a dead database. */
  public enum Cause {
    /** Recent calls failed; the circuit breaker rejects calls without trying the database. */
    CIRCUIT_OPEN,
    /** Every pooled connection is busy and none was freed within the connection timeout. */
    POOL_EXHAUSTED,
    /** The database could not be reached or dropped the connection. */
    CONNECTION_FAILED,
    /** The database is shutting down, starting up or refused the transaction for now. */
    TRANSIENT_REFUSAL,
    /**
     * The database answers, but a node holding part of the data (a Citus worker) does not: calls
     * for other data still succeed.
     */
    NODE_UNREACHABLE
  }

  private final Cause cause;
  private final Duration retryAfter;

  public DatabaseUnavailable(Cause cause, Duration retryAfter, String message) {
    super(message, null, false, false);
    this.cause = cause;
    this.retryAfter = retryAfter;
  }

  public Cause reason() {
    return cause;
  }

  /** When to try again: whole seconds, at least one, as the message says. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
