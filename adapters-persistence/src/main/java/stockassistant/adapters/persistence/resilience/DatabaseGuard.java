package stockassistant.adapters.persistence.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Supplier;
import stockassistant.domain.DatabaseUnavailable;

/**
 * Retry and circuit breaking around one unit of work. Order is Retry(CircuitBreaker(call)), as
 * Resilience4j recommends: every attempt is recorded by the breaker, and once it opens the retry
 * stops at once (CallNotPermittedException is not retried) so callers fail fast instead of
 * queueing on a dead database. Retries stay inside the unit of work's deadline: a failure with
 * less than {@link #MIN_ATTEMPT} left is final, and no attempt starts once the deadline passed.
 */
public final class DatabaseGuard {
  /** Below this much budget a new attempt could not even borrow a connection and run. */
  static final Duration MIN_ATTEMPT = Duration.ofMillis(250);

  private final Retry retry;
  private final CircuitBreaker breaker;
  private final ResilienceSettings settings;

  private DatabaseGuard(Retry retry, CircuitBreaker breaker, ResilienceSettings settings) {
    this.retry = retry;
    this.breaker = breaker;
    this.settings = settings;
  }

  public static DatabaseGuard create(String name, ResilienceSettings settings) {
    var retryConfig = RetryConfig.custom()
        .maxAttempts(settings.maxAttempts())
        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
            settings.initialBackoff(), 2.0, 0.5, settings.maxBackoff()))
        .retryOnException(failure -> !(failure instanceof BudgetSpent)
            && SqlFailures.isTransient(failure))
        .ignoreExceptions(CallNotPermittedException.class)
        .failAfterMaxAttempts(false)
        .build();
    var breakerConfig = CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(settings.slidingWindowSize())
        .minimumNumberOfCalls(settings.minimumNumberOfCalls())
        .failureRateThreshold(settings.failureRateThreshold())
        .waitDurationInOpenState(settings.openStateWait())
        .permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
        .automaticTransitionFromOpenToHalfOpenEnabled(true)
        // only a sick database counts against it: a constraint violation is a healthy answer,
        // and so is a Citus worker down (the coordinator still serves the other workers' data)
        .recordException(SqlFailures::isDatabaseFailure)
        .ignoreException(failure -> failure instanceof BudgetSpent spent && !spent.databaseTouched())
        .build();
    return new DatabaseGuard(Retry.of(name, retryConfig), CircuitBreaker.of(name, breakerConfig),
        settings);
  }

  /** Runs {@code attempt} (one try of the whole unit of work) until it succeeds or may not retry. */
  public <T> T call(Deadline deadline, Supplier<T> attempt) {
    RuntimeException[] lastFailure = {null};
    Supplier<T> withinBudget = () -> {
      if (lastFailure[0] != null && deadline.hasPassed()) {
        throw BudgetSpent.beforeAttempt(lastFailure[0]);
      }
      try {
        return attempt.get();
      } catch (RuntimeException failure) {
        lastFailure[0] = failure;
        throw deadline.remaining().compareTo(MIN_ATTEMPT) < 0 ? BudgetSpent.after(failure) : failure;
      }
    };
    Supplier<T> guarded = Retry.decorateSupplier(retry,
        CircuitBreaker.decorateSupplier(breaker, withinBudget));
    try {
      return guarded.get();
    } catch (CallNotPermittedException open) {
      throw SqlFailures.unavailable(DatabaseUnavailable.Cause.CIRCUIT_OPEN, settings.openStateWait());
    } catch (BudgetSpent spent) {
      throw SqlFailures.toDomain(spent.getCause(), settings.openStateWait());
    } catch (RuntimeException failure) {
      throw SqlFailures.toDomain(failure, settings.openStateWait());
    }
  }

  public Retry retry() {
    return retry;
  }

  public CircuitBreaker circuitBreaker() {
    return breaker;
  }
}
