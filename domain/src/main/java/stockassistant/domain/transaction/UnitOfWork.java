package stockassistant.domain.transaction;

import java.util.function.Function;

/**
 * The database work of one use case, said by the use case itself: a write transaction, a large
 * (bulk) write, or bounded reads. Each call runs under its own time budget, gets one pooled
 * connection and gives it back before returning. The work gets the unit of work's {@link Db}
 * handle and passes it to every repository call it makes: repositories only work with one. The name
 * ({@code "MarketData.priceBars"}) labels the call in metrics and logs.
 *
 * <p>Calls do not nest, and nothing slow should run inside one: the caller's own work (sending
 * rows to a client, say) happens after it returns, so it never holds a connection.
 */
public interface UnitOfWork {

  /** One read-write transaction on the primary: committed when it returns, rolled back on failure. */
  <T> T write(String useCase, Function<Db, T> work);

  /** As {@link #write}, under the longer budget of imports and large uploads. */
  <T> T bulkWrite(String useCase, Function<Db, T> work);

  /**
   * Reads whose results are bounded (a key, a page, a limit): each statement runs on its own
   * (autocommit, one round trip), and a read replica may serve it, so a write committed just
   * before may not be seen yet (for at most the replica lag the service tolerates).
   */
  <T> T read(String useCase, Function<Db, T> work);

  /**
   * As {@link #read}, but sees every write committed before it starts (read-your-writes): for
   * use cases that act on what they or their caller just wrote. Never served by a replica.
   */
  <T> T readFresh(String useCase, Function<Db, T> work);
}
