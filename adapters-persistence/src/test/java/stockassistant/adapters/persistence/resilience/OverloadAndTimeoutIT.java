package stockassistant.adapters.persistence.resilience;

import com.codahale.metrics.MetricRegistry;
import stockassistant.adapters.persistence.session.OpenWork;
import stockassistant.domain.transaction.Db;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.Latencies;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.persistence.testing.TestPoolSettings;
import stockassistant.domain.DatabaseUnavailable;
import stockassistant.domain.QueryTimedOut;

/** More callers than connections, and a query longer than the statement timeout. */
class OverloadAndTimeoutIT {
  private static final int POOL_SIZE = 2;
  private Persistence persistence;

  @BeforeEach
  void open() {
    persistence = Persistence.open(TestDatabase.target(), FaultScenario.pool(POOL_SIZE),
        FaultScenario.resilience(), FaultScenario.budgets(), new MetricRegistry());
  }

  @AfterEach
  void close() {
    persistence.close();
  }

  @Test
  void excessCallersGetPoolExhaustedWithinTheConnectionTimeoutAndNoDeadlock() throws Exception {
    int callers = 12;
    var succeeded = new AtomicInteger();
    var exhausted = new Latencies();
    int threadsBefore = Thread.activeCount();
    ExecutorService executor = Executors.newFixedThreadPool(callers);
    var futures = new ArrayList<Future<?>>();
    for (int i = 0; i < callers; i++) {
      futures.add(executor.submit((Callable<Void>) () -> {
        long start = System.nanoTime();
        try {
          persistence.unitOfWork().read("test.sleep", db -> sleepInDatabase(db, 0.6));
          succeeded.incrementAndGet();
        } catch (DatabaseUnavailable unavailable) {
          assertThat(unavailable.reason()).isEqualTo(DatabaseUnavailable.Cause.POOL_EXHAUSTED);
          exhausted.add(System.nanoTime() - start);
        }
        return null;
      }));
    }
    for (Future<?> future : futures) {
      future.get(30, TimeUnit.SECONDS);
    }
    executor.shutdown();
    int threadsAfter = Thread.activeCount();

    Figures.record("overload", String.format("%d callers on a pool of %d: %d served, %d refused "
        + "(%s); threads before %d, after %d", callers, POOL_SIZE, succeeded.get(),
        exhausted.count(), exhausted.summary(), threadsBefore, threadsAfter));

    assertThat(succeeded.get()).isGreaterThanOrEqualTo(POOL_SIZE);
    assertThat(exhausted.count()).as("excess callers are refused, not queued forever").isPositive();
    assertThat(exhausted.maxMillis()).as("refused within the connection timeout (1 s) plus slack")
        .isLessThan(2_500.0);
    assertThat(threadsAfter - threadsBefore).as("no unbounded thread growth").isLessThanOrEqualTo(callers + 4);
    assertThat(answers()).as("healthy right after").isTrue();
    assertThat(persistence.pool().stats().getActiveConnections()).isZero();
  }

  @Test
  void aQueryOverTheStatementTimeoutEndsAsTimedOutAndThePoolStaysUsable() {
    long start = System.nanoTime();
    assertThatThrownBy(() -> persistence.unitOfWork().read("test.sleep", db -> sleepInDatabase(db, 5)))
        .isInstanceOf(QueryTimedOut.class);
    double millis = (System.nanoTime() - start) / 1e6;
    Figures.record("slow-query", String.format("pg_sleep(5) under a 2 s statement_timeout and a "
        + "2 s read budget ended after %.0f ms as QueryTimedOut (not retried)", millis));

    assertThat(millis).as("ended by the timeout, not by the sleep").isLessThan(4_000.0);
    for (int i = 0; i < POOL_SIZE * 3; i++) {
      assertThat(answers()).isTrue();
    }
    var mx = persistence.pool().stats();
    assertThat(mx.getActiveConnections()).isZero();
    assertThat(mx.getTotalConnections()).isBetween(1, POOL_SIZE);
  }

  @Test
  void aReadPastItsBudgetIsCancelledAndItsConnectionEvicted() {
    var slowStatements = Persistence.open(TestDatabase.target(), TestPoolSettings.withStatementTimeout(
        FaultScenario.pool(POOL_SIZE), java.time.Duration.ZERO), FaultScenario.resilience(),
        FaultScenario.budgets(), new MetricRegistry());
    try (slowStatements) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> slowStatements.unitOfWork().read("test.sleep",
          db -> sleepInDatabase(db, 10))).isInstanceOf(QueryTimedOut.class);
      double millis = (System.nanoTime() - start) / 1e6;
      Figures.record("budget", String.format("pg_sleep(10) with no statement_timeout under a 2 s "
          + "read budget: cancelled by the watchdog after %.0f ms (QueryTimedOut)", millis));

      assertThat(millis).as("the budget, not the sleep, ended it").isBetween(1_900.0, 3_500.0);
      assertThat(slowStatements.pool().stats().getActiveConnections()).isZero();
      assertThat(slowStatements.unitOfWork().read("test.after",
          (Db db) -> sleepInDatabase(db, 0))).isNull();
    }
  }

  private boolean answers() {
    return persistence.unitOfWork().read("test.answers", db -> {
      try {
        return OpenWork.of(db).connection().isValid(2);
      } catch (SQLException failure) {
        throw new org.apache.ibatis.exceptions.PersistenceException(failure);
      }
    });
  }

  private static Void sleepInDatabase(Db db, double seconds) {
    try (Statement statement = OpenWork.of(db).connection().createStatement()) {
      statement.execute("SELECT pg_sleep(" + seconds + ")");
      return null;
    } catch (SQLException failure) {
      throw new org.apache.ibatis.exceptions.PersistenceException(failure);
    }
  }
}
