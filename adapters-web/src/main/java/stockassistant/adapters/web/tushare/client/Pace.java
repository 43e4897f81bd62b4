package stockassistant.adapters.web.tushare.client;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls per minute, counted per api_name as Tushare counts them, spread evenly (one call every
 * 60/N seconds rather than N at once and then a wait): a burst at the end of one minute and
 * another at the start of the next would break a rolling minute. Resilience4j's
 * {@link RateLimiter} does the counting; an upstream that says its allowance is lower replaces
 * that api's limiter with one at its pace.
 */
final class Pace {
  /** Longest a call waits for its turn; far beyond any pace the settings allow. */
  private static final Duration TURN_TIMEOUT = Duration.ofMinutes(10);
  private final int perMinute;
  private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

  Pace(int perMinute) {
    this.perMinute = perMinute;
  }

  /** Waits for the api's next turn. */
  void await(String api) {
    RateLimiter limiter = limiters.computeIfAbsent(api, name -> limiter(name, perMinute));
    if (!limiter.acquirePermission()) {
      throw new TransientFailure("no turn within " + TURN_TIMEOUT);
    }
  }

  /** The upstream said {@code api} allows only {@code allowed} calls a minute: keep to that. */
  void slowDown(String api, int allowed) {
    int pace = Math.max(1, Math.min(allowed, perMinute));
    limiters.put(api, limiter(api, pace));
  }

  private static RateLimiter limiter(String api, int perMinute) {
    long spacingNanos = Duration.ofMinutes(1).toNanos() / perMinute;
    return RateLimiter.of("tushare." + api, RateLimiterConfig.custom()
        .limitForPeriod(1)
        .limitRefreshPeriod(Duration.ofNanos(Math.max(1_000, spacingNanos)))
        .timeoutDuration(TURN_TIMEOUT)
        .build());
  }
}
