package stockassistant.bootstrap.config;

import java.time.Duration;
import stockassistant.adapters.persistence.embedded.RestartPolicy;

/**
 * How the service looks after its store: the embedded server's restarts, and the free disk space
 * under which readiness says "degraded" and the log warns (before PostgreSQL fails for want of it).
 *
 * @param minFreeBytes {@code STOCK_DISK_MIN_FREE_MB}; 0 turns the warning off
 */
public record StoreSettings(RestartPolicy restarts, long minFreeBytes) {
  public static final long DEFAULT_MIN_FREE_MB = 1024;

  static StoreSettings from(Settings settings) {
    var d = RestartPolicy.defaults();
    int minFreeMb = settings.integer("STOCK_DISK_MIN_FREE_MB", (int) DEFAULT_MIN_FREE_MB);
    if (minFreeMb < 0) {
      throw new IllegalArgumentException("STOCK_DISK_MIN_FREE_MB must be 0 or more (was "
          + minFreeMb + ")");
    }
    Duration window = settings.millis("STOCK_EMBEDDED_RESTART_WINDOW_MS", d.window());
    return new StoreSettings(new RestartPolicy(settings.integer("STOCK_EMBEDDED_RESTARTS",
        d.maxStarts()), window, d.firstBackoff(), d.maxBackoff(), d.checkEvery()),
        minFreeMb * 1024L * 1024L);
  }
}
