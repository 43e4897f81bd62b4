package stockassistant.adapters.persistence.resilience;

/** A database failure that is neither transient nor the caller's fault: a bug or a broken schema. */
public class PersistenceFailure extends RuntimeException {
  public PersistenceFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
