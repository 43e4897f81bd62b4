package stockassistant.adapters.persistence.session;

import java.time.Duration;

/**
 * How long one unit of work may take, retries and waiting for a connection included. When it
 * runs out the caller is answered at once (503 or 504) and a connection still stuck in the call
 * is cancelled, then aborted, and never returned to the pool.
 *
 * @param read bounded reads (one page of a streamed read is one unit of work)
 * @param write write transactions of ordinary size
 * @param bulk imports and large uploads
 */
public record Budgets(Duration read, Duration write, Duration bulk) {

  public Budgets {
    requireAtLeastOneSecond("DB_READ_BUDGET_MS", read);
    requireAtLeastOneSecond("DB_WRITE_BUDGET_MS", write);
    requireAtLeastOneSecond("DB_BULK_BUDGET_MS", bulk);
  }

  /**
   * With these, a call on a silently dead link is answered within about 7 s (read) or 8 s
   * (write): the budget, plus one second for the cancel to work before the abort, plus at most
   * one retry back-off. An import batch may take a minute.
   */
  public static Budgets defaults() {
    return new Budgets(Duration.ofSeconds(5), Duration.ofSeconds(6), Duration.ofSeconds(60));
  }

  private static void requireAtLeastOneSecond(String name, Duration budget) {
    if (budget.toMillis() < 1_000) {
      throw new IllegalArgumentException(name + " must be at least 1000 (was " + budget.toMillis() + ")");
    }
  }
}
