package stockassistant.adapters.persistence.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import stockassistant.domain.DataConflict;
import stockassistant.domain.DatabaseFull;
import stockassistant.domain.DatabaseUnavailable;
import stockassistant.domain.InvalidField;
import stockassistant.domain.QueryTimedOut;

/** Retry and breaker decisions, driven by failure-injecting stubs (no database needed). */
class DatabaseGuardTest {
  private final DatabaseGuard guard = newGuard();

  private static DatabaseGuard newGuard() {
    return DatabaseGuard.create("test", new ResilienceSettings(4, Duration.ofMillis(1),
        Duration.ofMillis(5), 50f, 10, 4, Duration.ofSeconds(30), 1));
  }

  @Test
  void retriesALostConnectionUntilItWorks() {
    var attempts = new AtomicInteger();
    String result = guard.call(far(), () -> {
      if (attempts.incrementAndGet() < 3) {
        throw wrapped("08006");
      }
      return "ok";
    });
    assertThat(result).isEqualTo("ok");
    assertThat(attempts).hasValue(3);
  }

  @Test
  void retriesSerializationFailuresAndDeadlocks() {
    for (String state : new String[] {"40001", "40P01", "57P01", "57P03"}) {
      var attempts = new AtomicInteger();
      newGuard().call(far(), () -> attempts.incrementAndGet() < 2 ? fail(state) : "ok");
      assertThat(attempts).as(state).hasValue(2);
    }
  }

  @Test
  void neverRetriesAUniqueViolation() {
    var attempts = new AtomicInteger();
    assertThatThrownBy(() -> guard.call(far(), () -> {
      attempts.incrementAndGet();
      throw wrapped("23505");
    })).isInstanceOf(DataConflict.class);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void neverRetriesBadSqlOrValidation() {
    var attempts = new AtomicInteger();
    assertThatThrownBy(() -> guard.call(far(), () -> {
      attempts.incrementAndGet();
      throw wrapped("42601");
    })).isInstanceOf(PersistenceException.class);
    assertThatThrownBy(() -> guard.call(far(), () -> {
      attempts.incrementAndGet();
      throw new InvalidField("close", "must be a finite number");
    })).isInstanceOf(InvalidField.class);
    assertThat(attempts).hasValue(2);
  }

  @Test
  void neverRetriesAStatementTimeout() {
    var attempts = new AtomicInteger();
    assertThatThrownBy(() -> guard.call(far(), () -> {
      attempts.incrementAndGet();
      throw wrapped("57014");
    })).isInstanceOf(QueryTimedOut.class);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void neverRetriesAFullDiskAndNeverOpensTheCircuitForIt() {
    var attempts = new AtomicInteger();
    for (int i = 0; i < 6; i++) {
      assertThatThrownBy(() -> guard.call(far(), () -> {
        attempts.incrementAndGet();
        throw wrapped("53100");
      })).isInstanceOf(DatabaseFull.class).hasMessageNotContaining("/");
    }
    assertThat(attempts).as("one attempt per call").hasValue(6);
    assertThat(guard.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void aNoSpaceMessageUnderAnotherStateIsAFullDiskToo() {
    var attempts = new AtomicInteger();
    assertThatThrownBy(() -> guard.call(far(), () -> {
      attempts.incrementAndGet();
      throw new PersistenceException("wrapped", new SQLException(
          "could not write to file \"pg_wal/xlogtemp.123\": No space left on device", "58030"));
    })).isInstanceOf(DatabaseFull.class);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void otherResourceShortagesAreStillRetried() {
    var attempts = new AtomicInteger();
    newGuard().call(far(), () -> attempts.incrementAndGet() < 2 ? fail("53300") : "ok");
    assertThat(attempts).hasValue(2);
  }

  @Test
  void anExhaustedPoolFailsAtOnceAndSaysSo() {
    var attempts = new AtomicInteger();
    assertThatThrownBy(() -> guard.call(far(), () -> {
      attempts.incrementAndGet();
      throw new PersistenceException(new SQLTransientConnectionException(
          "pool - Connection is not available, request timed out after 1000ms."));
    })).isInstanceOfSatisfying(DatabaseUnavailable.class,
        unavailable -> assertThat(unavailable.reason()).isEqualTo(DatabaseUnavailable.Cause.POOL_EXHAUSTED));
    assertThat(attempts).hasValue(1);
  }

  @Test
  void anOpenCircuitFailsFastWithoutCallingTheDatabase() {
    var attempts = new AtomicInteger();
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> guard.call(far(), () -> {
        attempts.incrementAndGet();
        throw wrapped("08001");
      })).isInstanceOf(DatabaseUnavailable.class);
    }
    int before = attempts.get();

    assertThatThrownBy(() -> guard.call(far(), () -> {
      attempts.incrementAndGet();
      return "never";
    })).isInstanceOfSatisfying(DatabaseUnavailable.class, unavailable -> {
      assertThat(unavailable.reason()).isEqualTo(DatabaseUnavailable.Cause.CIRCUIT_OPEN);
      assertThat(unavailable.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    });
    assertThat(attempts).as("no call reached the database").hasValue(before);
  }

  @Test
  void aTransientFailureWithTooLittleBudgetLeftIsNotRetried() {
    var attempts = new AtomicInteger();
    assertThatThrownBy(() -> guard.call(Deadline.after(Duration.ofMillis(100)), () -> {
      attempts.incrementAndGet();
      throw wrapped("08006");
    })).isInstanceOfSatisfying(DatabaseUnavailable.class, unavailable ->
        assertThat(unavailable.reason()).isEqualTo(DatabaseUnavailable.Cause.CONNECTION_FAILED));
    assertThat(attempts).hasValue(1);
  }

  @Test
  void noAttemptStartsOnceTheDeadlineHasPassedDuringABackOff() {
    var slowBackOff = DatabaseGuard.create("slow", new ResilienceSettings(4, Duration.ofMillis(400),
        Duration.ofMillis(400), 50f, 10, 4, Duration.ofSeconds(30), 1));
    var attempts = new AtomicInteger();
    long start = System.nanoTime();

    assertThatThrownBy(() -> slowBackOff.call(Deadline.after(Duration.ofMillis(500)), () -> {
      attempts.incrementAndGet();
      throw wrapped("08006");
    })).isInstanceOf(DatabaseUnavailable.class);

    assertThat(attempts).as("the first try and one retry; the third would start late").hasValue(2);
    assertThat(slowBackOff.circuitBreaker().getMetrics().getNumberOfFailedCalls())
        .as("the attempt that never ran is not counted").isEqualTo(2);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aCitusWorkerDownIsA503ThatNeverOpensTheCircuit() {
    var attempts = new AtomicInteger();
    for (int i = 0; i < 8; i++) {
      assertThatThrownBy(() -> guard.call(far(), () -> {
        attempts.incrementAndGet();
        throw fromServer("08006", "connection to the remote node postgres@127.0.0.1:5433 failed "
            + "with the following error: Connection refused");
      })).isInstanceOfSatisfying(DatabaseUnavailable.class, unavailable -> {
        assertThat(unavailable.reason()).isEqualTo(DatabaseUnavailable.Cause.NODE_UNREACHABLE);
        assertThat(unavailable.retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(unavailable.getMessage()).doesNotContain("127.0.0.1");
      });
    }
    assertThat(attempts).as("each call tried 4 times: a restarted worker fails once").hasValue(32);
    assertThat(guard.circuitBreaker().getState())
        .as("the coordinator still serves the other workers' data")
        .isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED);
    assertThat(guard.call(far(), () -> "answered")).isEqualTo("answered");
  }

  @Test
  void citusCopyWithNoReachablePlacementIsANodeFailure() {
    assertThat(SqlFailures.classify(fromServer("XX000", "could not connect to any active placements")))
        .isEqualTo(SqlFailures.Kind.NODE_UNREACHABLE);
    assertThat(SqlFailures.classify(fromServer("XX000", "cache lookup failed")))
        .isEqualTo(SqlFailures.Kind.OTHER);
    assertThat(SqlFailures.classify(fromServer("08P01", "invalid message format")))
        .as("the server's complaint about our own connection")
        .isEqualTo(SqlFailures.Kind.CONNECTION_LOST);
    assertThat(SqlFailures.classify(wrapped("08006")))
        .as("pgjdbc's own lost connection: the coordinator itself")
        .isEqualTo(SqlFailures.Kind.CONNECTION_LOST);
  }

  @Test
  void aCitusShardCopyErrorIsTheStatelessXx000OfAReachableCluster() {
    // Citus re-raises a shard's unique violation during COPY as XX000 with the shard's message
    assertThat(SqlFailures.isCitusShardCopyError(fromServer("XX000",
        "duplicate key value violates unique constraint \"pk_stock_daily_102008\""))).isTrue();
    assertThat(SqlFailures.isUniqueViolation(fromServer("XX000", "duplicate key value"))).isFalse();
    assertThat(SqlFailures.isCitusShardCopyError(fromServer("XX000",
        "could not connect to any active placements"))).as("a worker down is not retried as a merge")
        .isFalse();
    assertThat(SqlFailures.isCitusShardCopyError(fromServer("23505", "duplicate key value")))
        .isFalse();
    assertThat(SqlFailures.isCitusShardCopyError(wrapped("08006"))).isFalse();
  }

  private static Deadline far() {
    return Deadline.after(Duration.ofMinutes(1));
  }

  private static String fail(String state) {
    throw wrapped(state);
  }

  /** An error as a server sends it (pgjdbc parses its fields), wrapped as MyBatis does. */
  private static PersistenceException fromServer(String state, String message) {
    return new PersistenceException("wrapped", new org.postgresql.util.PSQLException(
        new org.postgresql.util.ServerErrorMessage("SERROR\0C" + state + "\0M" + message + "\0")));
  }

  private static PersistenceException wrapped(String state) {
    return new PersistenceException("wrapped", new SQLException("injected failure", state));
  }
}
