package stockassistant.domain.sync;

import java.util.Optional;

/** One sync at a time, across every process on the same database. */
public interface SyncLock {

  /** The lock, when no other sync holds it; closing it lets the next one in. */
  Optional<Held> tryHold();

  /** A held lock. */
  interface Held extends AutoCloseable {
    @Override
    void close();
  }
}
