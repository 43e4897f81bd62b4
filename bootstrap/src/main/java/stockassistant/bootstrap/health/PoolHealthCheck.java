package stockassistant.bootstrap.health;

import stockassistant.domain.transaction.Db;
import stockassistant.adapters.persistence.session.OpenWork;
import com.codahale.metrics.health.HealthCheck;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.IllegalStateTransitionException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.resilience.PersistenceFailure;
import stockassistant.domain.DatabaseUnavailable;

/**
 * The database answers through the pool; reports the pool's figures either way. Probes in the
 * background, {@link #PERIOD} after the last probe ended: readiness reads the last result at once,
 * and a result older than {@link #STALE_AFTER} (a probe stuck on a dead database) reads as
 * unhealthy. A probe has {@link #PROBE_BUDGET} in all (borrow, retries, validation), so a live
 * database always answers well inside that age.
 *
 * <p>The probe is a unit of work like any other (circuit breaker): while the breaker is open it
 * fails fast without touching the database, and when it half-opens the probe is the call that
 * lets it close again, even while no traffic arrives because the instance reports not-ready. When
 * the breaker closes (traffic proved the database answers) it probes at once, so readiness does
 * not keep an outage's result for a period after service resumed; when a probe finds the database
 * unreachable it opens the breaker (see {@link #pauseCallsIfUnreachable}), and while the breaker
 * is open it half-opens it as soon as the database answers again ({@link #halfOpenIfBack}).
 */
public final class PoolHealthCheck extends HealthCheck implements AutoCloseable {
  static final Duration PERIOD = Duration.ofMillis(500);
  static final Duration STALE_AFTER = Duration.ofMillis(2_500);
  /** Budget of one probe: well under {@link #STALE_AFTER} minus {@link #PERIOD}. */
  static final Duration PROBE_BUDGET = Duration.ofSeconds(1);
  private static final int VALIDATION_SECONDS = 1;

  private final Persistence persistence;
  private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(
      task -> {
        Thread thread = new Thread(task, "health-database");
        thread.setDaemon(true);
        return thread;
      });
  private volatile Sample last = new Sample(System.nanoTime(),
      Result.unhealthy("the database has not been checked yet"));

  private record Sample(long atNanos, Result result) {}

  public PoolHealthCheck(Persistence persistence) {
    this.persistence = persistence;
    persistence.guard().circuitBreaker().getEventPublisher().onStateTransition(event -> {
      if (event.getStateTransition().getToState() == CircuitBreaker.State.CLOSED) {
        probeSoon();
      }
    });
    prober.scheduleWithFixedDelay(this::probe, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  protected Result check() {
    Sample sample = last;
    long ageMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sample.atNanos());
    if (ageMillis > STALE_AFTER.toMillis()) {
      return Result.unhealthy("the database check has not answered for " + ageMillis + " ms");
    }
    return sample.result();
  }

  @Override
  public void close() {
    prober.shutdownNow();
  }

  private void probeSoon() {
    try {
      prober.execute(this::probe);
    } catch (RejectedExecutionException closed) {
      // shutting down: nobody reads readiness any more
    }
  }

  private void probe() {
    try {
      last = new Sample(System.nanoTime(), probeOnce());
    } catch (RuntimeException unexpected) {
      // a throw would end the schedule; the result then goes stale and reads as unhealthy
      last = new Sample(System.nanoTime(), Result.unhealthy("the database check failed"));
    }
  }

  private Result probeOnce() {
    halfOpenIfBack();
    ResultBuilder result;
    try {
      // the primary itself, even when replicas serve reads
      boolean valid = persistence.unitOfWork().probe("Health.database", PROBE_BUDGET,
          this::answers);
      result = valid ? Result.builder().healthy().withMessage("the database answers")
          : Result.builder().unhealthy().withMessage("the database did not answer in time");
    } catch (RuntimeException failure) {
      pauseCallsIfUnreachable(failure);
      // domain messages only: never a host, a URL or a password
      result = Result.builder().unhealthy().withMessage("no connection to the database: "
          + (failure instanceof DatabaseUnavailable ? failure.getMessage() : "failed"));
    }
    HikariPoolMXBean pool = persistence.pool().stats();
    return result.withDetail("active", pool.getActiveConnections())
        .withDetail("idle", pool.getIdleConnections())
        .withDetail("pending", pool.getThreadsAwaitingConnection())
        .withDetail("total", pool.getTotalConnections())
        .withDetail("max", persistence.pool().maximumSize())
        .build();
  }

  /**
   * A whole probe (its retries included) found the database unreachable: readiness now says 503,
   * so the breaker opens as well and calls are refused at once instead of each waiting out the
   * pool's connection timeout (until traffic alone had failed often enough to open it, an
   * instance reporting not-ready kept calls hanging for seconds). Only an unreachable database:
   * a busy pool or a refusal for now stays with the breaker's own count.
   */
  private void pauseCallsIfUnreachable(RuntimeException failure) {
    CircuitBreaker breaker = persistence.guard().circuitBreaker();
    if (failure instanceof DatabaseUnavailable unavailable
        && unavailable.reason() == DatabaseUnavailable.Cause.CONNECTION_FAILED
        && breaker.getState() == CircuitBreaker.State.CLOSED) {
      try {
        breaker.transitionToOpenState();
      } catch (IllegalStateTransitionException movedMeanwhile) {
        // traffic opened it first: the same outcome
      }
    }
  }

  /**
   * While the breaker is open, asks the database directly (one connection, {@link #PROBE_BUDGET})
   * and half-opens the breaker as soon as it answers: service resumes within a probe period of
   * the database's return, not whenever the breaker's fixed wait ends (a wait that ended just
   * before a restart cost a whole second wait). Traffic or the next probe then closes it.
   */
  private void halfOpenIfBack() {
    CircuitBreaker breaker = persistence.guard().circuitBreaker();
    if (breaker.getState() != CircuitBreaker.State.OPEN) {
      return;
    }
    try (Connection connection = persistence.pool().borrow(PROBE_BUDGET)) {
      if (connection.isValid(VALIDATION_SECONDS)) {
        breaker.transitionToHalfOpenState();
      }
    } catch (SQLException | IllegalStateTransitionException stillDownOrMoved) {
      // still unreachable, or the breaker moved on by itself
    }
  }

  private boolean answers(Db db) {
    try {
      return OpenWork.of(db).connection().isValid(VALIDATION_SECONDS);
    } catch (SQLException failure) {
      throw new PersistenceFailure("health check failed", failure);
    }
  }
}
