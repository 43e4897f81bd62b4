package stockassistant.adapters.persistence.resilience;

/**
 * A streaming read failed after some rows had already gone to the caller: repeating it would
 * deliver those rows twice, so it is never retried.
 */
public final class ResultAlreadyDelivered extends RuntimeException {
  public ResultAlreadyDelivered(Throwable cause) {
    super("the read failed after rows were delivered", cause);
  }
}
