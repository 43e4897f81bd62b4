package stockassistant.domain.transaction;

import java.util.function.Supplier;

/**
 * One database transaction around a use case: committed when the work returns, rolled back when
 * it throws, the connection always given back. Repository calls made inside share it.
 */
public interface UnitOfWork {

  <T> T inTransaction(Supplier<T> work);

  /** A transaction that only reads; it may be served by a read replica. */
  <T> T readOnly(Supplier<T> work);

  default void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
