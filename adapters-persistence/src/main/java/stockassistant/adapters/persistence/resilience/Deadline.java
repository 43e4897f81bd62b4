package stockassistant.adapters.persistence.resilience;

import java.time.Duration;

/** The moment a unit of work must be over, on the monotonic clock. */
public record Deadline(long nanos) {

  public static Deadline after(Duration budget) {
    return new Deadline(System.nanoTime() + budget.toNanos());
  }

  /** Time left; zero or negative once passed. */
  public Duration remaining() {
    return Duration.ofNanos(nanos - System.nanoTime());
  }

  public boolean hasPassed() {
    return nanos - System.nanoTime() <= 0;
  }
}
