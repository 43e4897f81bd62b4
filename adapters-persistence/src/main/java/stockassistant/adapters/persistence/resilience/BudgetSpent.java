package stockassistant.adapters.persistence.resilience;

/**
 * An attempt failed with too little of its unit of work's budget left to try again, or the
 * deadline passed during a retry's back-off; carries the failure the caller hears. Never retried.
 */
final class BudgetSpent extends RuntimeException {
  private final boolean databaseTouched;

  private BudgetSpent(Throwable failure, boolean databaseTouched) {
    super("the time budget is spent", failure, false, false);
    this.databaseTouched = databaseTouched;
  }

  /** The attempt ran and failed: the breaker records it as its cause. */
  static BudgetSpent after(Throwable failure) {
    return new BudgetSpent(failure, true);
  }

  /** No attempt was made: the breaker must not count it either way. */
  static BudgetSpent beforeAttempt(Throwable lastFailure) {
    return new BudgetSpent(lastFailure, false);
  }

  boolean databaseTouched() {
    return databaseTouched;
  }
}
