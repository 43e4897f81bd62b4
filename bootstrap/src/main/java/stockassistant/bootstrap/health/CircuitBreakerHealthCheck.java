package stockassistant.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/** Ready only while the breaker lets calls through normally. */
public final class CircuitBreakerHealthCheck extends HealthCheck {
  private final CircuitBreaker breaker;

  public CircuitBreakerHealthCheck(CircuitBreaker breaker) {
    this.breaker = breaker;
  }

  @Override
  protected Result check() {
    CircuitBreaker.State state = breaker.getState();
    var metrics = breaker.getMetrics();
    ResultBuilder result = state == CircuitBreaker.State.CLOSED
        ? Result.builder().healthy() : Result.builder().unhealthy();
    return result.withMessage("circuit " + state.name().toLowerCase())
        .withDetail("state", state.name())
        .withDetail("failure_rate", metrics.getFailureRate())
        .withDetail("not_permitted_calls", metrics.getNumberOfNotPermittedCalls())
        .build();
  }
}
