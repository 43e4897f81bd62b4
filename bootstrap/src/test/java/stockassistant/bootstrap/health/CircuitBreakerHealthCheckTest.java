package stockassistant.bootstrap.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CircuitBreakerHealthCheckTest {
  private final CircuitBreaker breaker = CircuitBreaker.ofDefaults("database");
  private final CircuitBreakerHealthCheck check = new CircuitBreakerHealthCheck(breaker);

  @Test
  void remembersEachTransitionOldestFirstAndReportsThem() {
    breaker.transitionToOpenState();
    breaker.transitionToHalfOpenState();
    breaker.transitionToClosedState();

    assertThat(check.transitions()).extracting(t -> t.get("from") + ">" + t.get("to"))
        .containsExactly("CLOSED>OPEN", "OPEN>HALF_OPEN", "HALF_OPEN>CLOSED");
    assertThat(check.transitions().get(0).get("at").toString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    var result = check.execute();
    assertThat(result.isHealthy()).isTrue();
    assertThat((List<?>) result.getDetails().get("transitions")).hasSize(3);
  }

  @Test
  void keepsOnlyTheLatestTransitions() {
    for (int i = 0; i < CircuitBreakerHealthCheck.TRANSITIONS_KEPT; i++) {
      breaker.transitionToOpenState();
      breaker.transitionToClosedState();
    }
    breaker.transitionToOpenState();

    List<Map<String, Object>> kept = check.transitions();
    assertThat(kept).hasSize(CircuitBreakerHealthCheck.TRANSITIONS_KEPT);
    assertThat(kept.get(kept.size() - 1)).containsEntry("to", "OPEN");
    assertThat(check.execute().isHealthy()).as("open is not ready").isFalse();
  }
}
