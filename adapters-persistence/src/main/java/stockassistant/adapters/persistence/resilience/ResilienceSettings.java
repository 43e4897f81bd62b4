package stockassistant.adapters.persistence.resilience;

import java.time.Duration;

/**
 * Retry and circuit-breaker policy for database calls.
 *
 * @param maxAttempts first try included
 * @param initialBackoff wait before the first retry; doubles each time, with ±50% jitter
 * @param failureRateThreshold percent of recorded calls failing that opens the circuit
 * @param openStateWait how long the open circuit rejects calls before probing (also Retry-After)
 */
public record ResilienceSettings(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    float failureRateThreshold,
    int slidingWindowSize,
    int minimumNumberOfCalls,
    Duration openStateWait,
    int halfOpenCalls) {

  public ResilienceSettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("DB_RETRY_MAX_ATTEMPTS must be at least 1");
    }
  }

  public static ResilienceSettings defaults() {
    return new ResilienceSettings(4, Duration.ofMillis(100), Duration.ofSeconds(1), 50f, 20, 10,
        Duration.ofSeconds(5), 3);
  }
}
