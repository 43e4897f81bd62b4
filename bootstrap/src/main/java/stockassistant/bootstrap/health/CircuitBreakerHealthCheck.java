package stockassistant.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * Ready only while the breaker is closed (API.md). A half-open breaker needs successful probe
 * calls to close, and a load balancer sends none to an instance reporting not-ready, so the
 * database check ({@link PoolHealthCheck}) goes through the breaker and is itself the probe.
 */
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
