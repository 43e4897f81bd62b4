package stockassistant.adapters.persistence.embedded;

import java.time.Duration;

/**
 * How the embedded server is brought back after it dies: the first start {@code firstBackoff}
 * after the death is seen, each failed start doubling the wait up to {@code maxBackoff}; at most
 * {@code maxStarts} starts within {@code window}, then the watch gives up and says why.
 *
 * @param checkEvery how often the postmaster's process is looked at (a /proc read, no SQL)
 */
public record RestartPolicy(int maxStarts, Duration window, Duration firstBackoff,
    Duration maxBackoff, Duration checkEvery) {

  public RestartPolicy {
    if (maxStarts < 1) {
      throw new IllegalArgumentException("STOCK_EMBEDDED_RESTARTS must be at least 1 (was "
          + maxStarts + ")");
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("STOCK_EMBEDDED_RESTART_WINDOW_MS must be positive");
    }
  }

  /**
   * Five starts in ten minutes: an OOM-killed server comes back at once, a server that dies
   * again and again (or cannot start: a full disk, a damaged data directory) stops being tried
   * within about 16 s of back-off, and says why.
   */
  public static RestartPolicy defaults() {
    return new RestartPolicy(5, Duration.ofMinutes(10), Duration.ofMillis(500),
        Duration.ofSeconds(8), Duration.ofMillis(250));
  }
}
