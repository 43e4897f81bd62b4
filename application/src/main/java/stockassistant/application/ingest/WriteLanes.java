package stockassistant.application.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The write pipeline of the import and of the sync's day store: parts are written on a few lanes
 * while the caller decodes (or fetches) the next ones, so parsing and COPY use different cores.
 * Each lane is a one-thread executor, so a lane writes its parts in the order handed over; it
 * holds the part being written and at most {@code queued} more, and {@link #submit} waits for
 * room, so memory stays flat whatever the input's size. A part that fails for good (the database
 * is gone) stops every lane: waiting parts are skipped, and the next {@code submit} or the
 * {@code close} throws that failure once every lane stopped. What was committed stays.
 */
public final class WriteLanes<P> implements AutoCloseable {
  private final List<ExecutorService> lanes = new ArrayList<>();
  private final List<Semaphore> room = new ArrayList<>();
  private final Consumer<P> write;
  private volatile RuntimeException failure;
  private boolean failureThrown;
  private boolean closed;

  /**
   * @param lanes how many parts are written at once, each on its own thread and connection
   * @param queued parts a lane holds beside the one it writes
   * @param write writes one part; runs on a lane's thread
   */
  public WriteLanes(int lanes, int queued, String name, Consumer<P> write) {
    if (lanes < 1 || queued < 0) {
      throw new IllegalArgumentException("lanes must be at least 1, queued at least 0");
    }
    this.write = write;
    for (int i = 0; i < lanes; i++) {
      String thread = name + "-writer-" + (i + 1);
      this.lanes.add(Executors.newSingleThreadExecutor(task -> {
        var writer = new Thread(task, thread);
        writer.setDaemon(true);   // a failed run never keeps the JVM alive
        return writer;
      }));
      room.add(new Semaphore(1 + queued));
    }
  }

  public int size() {
    return lanes.size();
  }

  /**
   * Hands {@code part} to lane {@code lane} (0-based); blocks while that lane is full. Throws the
   * failure of an earlier part, once; after that, or after {@link #close}, takes nothing more.
   */
  public void submit(int lane, P part) {
    throwFailure();
    if (closed) {
      throw new IllegalStateException("the lanes are closed");
    }
    Semaphore free = room.get(lane);
    try {
      free.acquire();
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing a part to a writer", stop);
    }
    lanes.get(lane).execute(() -> {
      try {
        if (failure == null) {   // another part failed: drain, write nothing more
          write.accept(part);
        }
      } catch (RuntimeException | Error failed) {
        fail(failed);
      } finally {
        free.release();
      }
    });
    throwFailure();
  }

  /** Waits until every part handed over is written (or one failed); throws that failure. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      lanes.forEach(ExecutorService::shutdown);
      boolean interrupted = false;
      for (ExecutorService lane : lanes) {
        while (!lane.isTerminated()) {
          try {
            lane.awaitTermination(1, TimeUnit.MINUTES);
          } catch (InterruptedException stop) {
            interrupted = true;   // a part being written finishes its transaction first
          }
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    throwFailure();
  }

  private synchronized void fail(Throwable failed) {
    if (failure == null) {
      failure = failed instanceof RuntimeException runtime ? runtime
          : new IllegalStateException(failed);
    }
  }

  /** The first failure, once, after every lane stopped, so no thread outlives the caller. */
  private void throwFailure() {
    RuntimeException failed = failure;
    if (failed != null && !failureThrown) {
      failureThrown = true;
      close();
      throw failed;
    }
  }
}
