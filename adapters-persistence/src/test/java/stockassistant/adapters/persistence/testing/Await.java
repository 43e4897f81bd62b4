package stockassistant.adapters.persistence.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for an event instead of sleeping for a guessed time. */
public final class Await {
  private Await() {}

  /** Polls until the condition holds; fails naming what was awaited after {@code limit}. */
  public static void until(String what, Duration limit, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + limit + " waiting until " + what);
      }
      pause(Duration.ofMillis(20));
    }
  }

  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", interrupted);
    }
  }
}
