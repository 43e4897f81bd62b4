package stockassistant.application.quality;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs tasks on a few threads and hands their results on in the tasks' order, with at most two
 * results per thread waiting: the audit's slices add up the same whatever the threads, and the
 * examples kept are the first in code order.
 */
final class InOrder {
  private InOrder() {}

  static <T, R> void run(List<T> tasks, int threads, Function<T, R> task,
      BiConsumer<T, R> consumer) {
    if (threads <= 1) {
      tasks.forEach(one -> consumer.accept(one, task.apply(one)));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      var thread = new Thread(runnable, "audit");
      thread.setDaemon(true);
      return thread;
    });
    try {
      var pending = new ArrayDeque<Future<R>>();
      int next = 0;
      for (int done = 0; done < tasks.size(); done++) {
        while (next < tasks.size() && pending.size() < 2 * threads) {
          T one = tasks.get(next++);
          pending.add(pool.submit(() -> task.apply(one)));
        }
        consumer.accept(tasks.get(done), result(pending.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R result(Future<R> future) {
    try {
      return future.get();
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while auditing", interrupted);
    }
  }
}
