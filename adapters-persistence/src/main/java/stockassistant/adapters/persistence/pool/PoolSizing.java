package stockassistant.adapters.persistence.pool;

import java.time.Duration;

/**
 * How many connections the pool keeps, and for how long (Hikari's housekeeping). Hikari quietly
 * replaces or switches off a value below its floor, so each floor is refused here instead.
 */
public record PoolSizing(int maximumPoolSize, int minimumIdle, Duration idleTimeout,
    Duration maxLifetime, Duration keepaliveTime, Duration leakDetectionThreshold) {
  /** Sized for a 2-core service in front of one PostgreSQL; see README "Settings". */
  public static final int DEFAULT_MAXIMUM_POOL_SIZE = 10;
  public static final int DEFAULT_MINIMUM_IDLE = 2;
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);
  public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofMinutes(30);
  public static final Duration DEFAULT_KEEPALIVE = Duration.ofMinutes(2);
  public static final Duration DEFAULT_LEAK_DETECTION = Duration.ofSeconds(60);
  public static final int MIN_MAXIMUM_POOL_SIZE = 1;
  public static final Duration MIN_IDLE_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration MIN_MAX_LIFETIME = Duration.ofSeconds(30);
  public static final Duration MIN_KEEPALIVE = Duration.ofSeconds(30);
  public static final Duration MIN_LEAK_DETECTION = Duration.ofSeconds(2);
  public static final PoolSizing DEFAULTS = new PoolSizing(DEFAULT_MAXIMUM_POOL_SIZE,
      DEFAULT_MINIMUM_IDLE, DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_LIFETIME, DEFAULT_KEEPALIVE,
      DEFAULT_LEAK_DETECTION);

  public PoolSizing {
    if (maximumPoolSize < MIN_MAXIMUM_POOL_SIZE) {
      throw new IllegalArgumentException("DB_POOL_MAX_SIZE must be at least " + MIN_MAXIMUM_POOL_SIZE);
    }
    if (minimumIdle < 0 || minimumIdle > maximumPoolSize) {
      throw new IllegalArgumentException("DB_POOL_MIN_IDLE must be between 0 and DB_POOL_MAX_SIZE");
    }
    floor("DB_IDLE_TIMEOUT_MS", idleTimeout, MIN_IDLE_TIMEOUT, true);
    floor("DB_MAX_LIFETIME_MS", maxLifetime, MIN_MAX_LIFETIME, true);
    floor("DB_KEEPALIVE_MS", keepaliveTime, MIN_KEEPALIVE, true);
    floor("DB_LEAK_DETECTION_MS", leakDetectionThreshold, MIN_LEAK_DETECTION, true);
  }

  /** Refuses a value under the floor (zero too, unless it switches the knob off). */
  static void floor(String knob, Duration value, Duration floor, boolean zeroIsOff) {
    if (value.compareTo(floor) < 0 && !(zeroIsOff && value.isZero())) {
      throw new IllegalArgumentException(knob + " must be " + (zeroIsOff ? "0 (off) or " : "")
          + "at least " + floor.toMillis());
    }
  }
}
