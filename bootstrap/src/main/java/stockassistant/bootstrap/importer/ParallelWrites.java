package stockassistant.bootstrap.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes decoded batches on writer threads while the caller reads the next ones, so parsing and
 * the database's COPY run at the same time on different cores.
 *
 * <p>With several writers, each batch is split by a key (the third_code): every row of one code
 * always goes to the same writer, and each writer takes its parts in file order, so when a file
 * holds the same key twice the later row still wins, as it does with one writer. Each writer
 * has its own connection and commits its parts by itself; a part is acknowledged (counted,
 * shown) only after its commit. Memory holds at most one queued part per writer, the parts being
 * written and the batch being read.
 *
 * <p>A writer that fails for good (the database is gone, the budget ran out) stops the import:
 * the next {@link #submit} or the {@link #close} throws its failure, after every writer stopped.
 * What was committed stays committed, and running the import again completes it.
 */
final class ParallelWrites<T> implements AutoCloseable {
  private static final Object END = new Object();

  private final Function<T, Object> keyOf;
  private final Consumer<DecodedBatch<T>> write;
  private final List<Lane> lanes = new ArrayList<>();
  private volatile RuntimeException failure;
  private boolean failureThrown;
  private boolean closed;

  /**
   * @param writers how many parts each batch is split into, each written on its own thread
   * @param keyOf the key that decides a row's writer
   * @param write writes one part (a batch's rows of one writer, same lines and bad rows); runs
   *     on a writer thread
   */
  ParallelWrites(int writers, Function<T, Object> keyOf, Consumer<DecodedBatch<T>> write,
      String name) {
    if (writers < 1) {
      throw new IllegalArgumentException("writers must be at least 1");
    }
    this.keyOf = keyOf;
    this.write = write;
    for (int i = 0; i < writers; i++) {
      var lane = new Lane(name + "-writer-" + (i + 1));
      lanes.add(lane);
      lane.thread.start();
    }
  }

  /** Hands the batch to the writers; blocks while they are busy. */
  void submit(DecodedBatch<T> batch) {
    throwFailure();
    List<DecodedBatch<T>> parts = split(batch);
    for (int i = 0; i < lanes.size(); i++) {
      if (parts.get(i) != null) {
        lanes.get(i).put(parts.get(i));
      }
      throwFailure();
    }
  }

  /** Waits until every part handed over is written (or a writer failed); throws that failure. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    lanes.forEach(lane -> lane.put(END));
    boolean interrupted = false;
    for (Lane lane : lanes) {
      while (lane.thread.isAlive()) {
        try {
          lane.thread.join();
        } catch (InterruptedException stop) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    throwFailure();
  }

  private List<DecodedBatch<T>> split(DecodedBatch<T> batch) {
    var parts = new ArrayList<DecodedBatch<T>>(lanes.size());
    if (lanes.size() == 1) {
      parts.add(batch);
      return parts;
    }
    var records = new ArrayList<List<T>>(lanes.size());
    for (int i = 0; i < lanes.size(); i++) {
      records.add(new ArrayList<>(batch.records().size() / lanes.size() + 16));
    }
    for (T record : batch.records()) {
      records.get(Math.floorMod(keyOf.apply(record).hashCode(), lanes.size())).add(record);
    }
    for (List<T> part : records) {
      parts.add(part.isEmpty() ? null : new DecodedBatch<>(part, List.of(), part.size(),
          batch.firstLine(), batch.lastLine()));
    }
    return parts;
  }

  private void throwFailure() {
    RuntimeException failed = failure;
    if (failed != null && !failureThrown) {
      failureThrown = true;
      closeAfterFailure();
      throw failed;
    }
  }

  /** Lets every writer drain and stop, so no thread outlives the import. */
  private void closeAfterFailure() {
    try {
      close();
    } catch (RuntimeException alreadyReported) {
      // the same failure, thrown by the caller of throwFailure
    }
  }

  /** One writer: a thread and the one part waiting for it. */
  private final class Lane implements Runnable {
    final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1);
    final Thread thread;

    Lane(String name) {
      thread = new Thread(this, name);
      thread.setDaemon(true);
    }

    void put(Object part) {
      try {
        queue.put(part);
      } catch (InterruptedException stop) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while handing a batch to a writer", stop);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void run() {
      while (true) {
        Object next;
        try {
          next = queue.take();
        } catch (InterruptedException stop) {
          return;
        }
        if (next == END) {
          return;
        }
        if (failure != null) {
          continue;  // another writer failed: drain, write nothing more
        }
        try {
          write.accept((DecodedBatch<T>) next);
        } catch (RuntimeException | Error failed) {
          synchronized (ParallelWrites.this) {
            if (failure == null) {
              failure = failed instanceof RuntimeException runtime ? runtime
                  : new IllegalStateException(failed);
            }
          }
        }
      }
    }
  }
}
