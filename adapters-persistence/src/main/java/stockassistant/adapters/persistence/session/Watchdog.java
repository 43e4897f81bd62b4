package stockassistant.adapters.persistence.session;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.postgresql.PGConnection;
import stockassistant.adapters.persistence.resilience.Deadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces a unit of work's deadline on the connection it holds, whatever the network does.
 *
 * <p>At the deadline it sends PostgreSQL a cancel request for the running statement (on a
 * connection of its own, as {@code Statement.cancel} does): a live server stops the statement at
 * once with 57014, which callers see as 504. If the call is still not over a second later, the
 * server or the link is not answering, so it aborts the connection: pgjdbc closes the socket,
 * and any blocked read or write ends with a connection failure (503). Socket timeouts alone
 * could not do this: they bound reads only, while a COPY blocks in a write.
 *
 * <p>Safe for COPY (the abort ends a blocked write; {@code StagedCopy} then abandons the stream),
 * for retries (each attempt is watched up to the same deadline, and the guard starts no attempt
 * once it has passed) and for reads (a cancelled read fails before any row reaches a caller,
 * because rows are handed on only after the unit of work ends). A connection the watchdog
 * touched is evicted, never returned to the pool: a cancel request may still be on its way.
 */
final class Watchdog implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Watchdog.class);
  /** How long a cancelled call gets to end before its connection is aborted. */
  static final Duration ABORT_GRACE = Duration.ofSeconds(1);

  private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(
      daemon("db-watchdog"));
  /** Cancel requests and aborts may block on a dead network: never on the clock thread. */
  private final ExecutorService signals = Executors.newCachedThreadPool(daemon("db-watchdog-signal"));
  private final Runnable onAbort;

  /** @param onAbort what to do once a connection had to be aborted (e.g. evict idle ones) */
  Watchdog(Runnable onAbort) {
    this.onAbort = onAbort;
  }

  Watch watch(Connection connection, Deadline deadline, String useCase) {
    return new Watch(connection, deadline, useCase);
  }

  @Override
  public void close() {
    clock.shutdownNow();
    signals.shutdownNow();
  }

  /** One watched call; closing it says the call is over. */
  final class Watch implements AutoCloseable {
    private final Connection connection;
    private final String useCase;
    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    private final ScheduledFuture<?> cancelAt;
    private final ScheduledFuture<?> abortAt;

    private Watch(Connection connection, Deadline deadline, String useCase) {
      this.connection = connection;
      this.useCase = useCase;
      long nanos = Math.max(0, deadline.remaining().toNanos());
      cancelAt = clock.schedule(this::cancel, nanos, TimeUnit.NANOSECONDS);
      abortAt = clock.schedule(this::abort, nanos + ABORT_GRACE.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Ends the watch; true when the watchdog acted on the connection, which must then be evicted. */
    boolean closeAndReportFired() {
      State last = state.getAndSet(State.OVER);
      cancelAt.cancel(false);
      abortAt.cancel(false);
      return last != State.RUNNING && last != State.OVER;
    }

    @Override
    public void close() {
      closeAndReportFired();
    }

    private void cancel() {
      if (state.compareAndSet(State.RUNNING, State.CANCELLED)) {
        log.warn("{} ran past its time budget; cancelling its statement", useCase);
        signals.execute(() -> {
          try {
            connection.unwrap(PGConnection.class).cancelQuery();
          } catch (SQLException | RuntimeException failure) {
            log.info("Cancel request for {} failed: {}", useCase, failure.toString());
          }
        });
      }
    }

    private void abort() {
      if (state.compareAndSet(State.CANCELLED, State.ABORTED)) {
        log.warn("{} did not end after its cancel; aborting its connection", useCase);
        signals.execute(() -> {
          try {
            connection.unwrap(Connection.class).abort(Runnable::run);
          } catch (SQLException | RuntimeException failure) {
            log.info("Abort of a connection for {} failed: {}", useCase, failure.toString());
          }
          onAbort.run();
        });
      }
    }
  }

  private enum State { RUNNING, CANCELLED, ABORTED, OVER }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
