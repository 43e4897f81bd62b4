package stockassistant.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ready only while the breaker is closed (API.md). A half-open breaker needs successful probe
 * calls to close, and a load balancer sends none to an instance reporting not-ready, so the
 * database check ({@link PoolHealthCheck}) goes through the breaker and is itself the probe.
 *
 * <p>Also remembers the breaker's last transitions, from its event publisher, so readiness and
 * the dashboard can say when it opened and closed, not only what it is now.
 */
public final class CircuitBreakerHealthCheck extends HealthCheck {
  static final int TRANSITIONS_KEPT = 50;

  private final CircuitBreaker breaker;
  private final Deque<Map<String, Object>> transitions = new ArrayDeque<>();

  public CircuitBreakerHealthCheck(CircuitBreaker breaker) {
    this.breaker = breaker;
    breaker.getEventPublisher().onStateTransition(this::remember);
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
        .withDetail("transitions", transitions())
        .build();
  }

  /** Oldest first, at most {@value #TRANSITIONS_KEPT}: {@code at} (ISO instant), from, to. */
  public synchronized List<Map<String, Object>> transitions() {
    return new ArrayList<>(transitions);
  }

  private synchronized void remember(CircuitBreakerOnStateTransitionEvent event) {
    var transition = new LinkedHashMap<String, Object>();
    transition.put("at", event.getCreationTime().toInstant().toString());
    transition.put("from", event.getStateTransition().getFromState().name());
    transition.put("to", event.getStateTransition().getToState().name());
    transitions.addLast(transition);
    if (transitions.size() > TRANSITIONS_KEPT) {
      transitions.removeFirst();
    }
  }
}
