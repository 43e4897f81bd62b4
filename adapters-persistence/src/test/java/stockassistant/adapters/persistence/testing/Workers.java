package stockassistant.adapters.persistence.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Load threads of a fault test. Each runs its step until {@link #stop} is called; a step that
 * throws something unexpected ends its worker, and {@link #stop} rethrows it, so a worker that
 * died never goes unnoticed (a thrown-away future would hide it).
 */
public final class Workers implements AutoCloseable {
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Future<?>> running = new ArrayList<>();
  private final AtomicBoolean go = new AtomicBoolean(true);

  /** One iteration of a worker's loop. */
  public interface Step {
    void run() throws Exception;
  }

  public void start(int count, Step step) {
    for (int i = 0; i < count; i++) {
      running.add(threads.submit(() -> {
        while (go.get()) {
          step.run();
        }
        return null;
      }));
    }
  }

  /** Starts one worker whose step knows its own index (e.g. which code it writes). */
  public void startEach(int count, java.util.function.IntFunction<Step> stepOf) {
    for (int i = 0; i < count; i++) {
      start(1, stepOf.apply(i));
    }
  }

  /** Stops every worker and fails with the first unexpected exception any of them died of. */
  public void stop(Duration within) throws Exception {
    go.set(false);
    long deadline = System.nanoTime() + within.toNanos();
    for (Future<?> future : running) {
      try {
        future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (ExecutionException died) {
        throw new AssertionError("a worker died: " + died.getCause(), died.getCause());
      } catch (TimeoutException hung) {
        throw new AssertionError("a worker did not stop within " + within);
      }
    }
    threads.shutdown();
  }

  @Override
  public void close() {
    go.set(false);
    threads.shutdownNow();
  }
}
