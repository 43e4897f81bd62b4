package stockassistant.adapters.persistence.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.resilience.SqlFailures;

/**
 * A borrow shorter than the pool's connection timeout ends at its own deadline, through
 * HikariDataSource's public API: worded, classified and counted as Hikari's own timeout, and
 * leaving no interrupt behind on the caller's thread.
 */
class ConnectionPoolBorrowTest {
  /** Nothing listens there: the pool starts anyway and never opens a connection. */
  private static final DatabaseTarget NOWHERE =
      new DatabaseTarget("jdbc:postgresql://127.0.0.1:1/none", "nobody", "none");

  @Test
  void aShortWaitEndsAtItsDeadlineNotAtThePoolsTimeout() {
    var metrics = new MetricRegistry();
    try (ConnectionPool pool = ConnectionPools.create("short", NOWHERE, PoolSettings.defaults(),
        metrics)) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> pool.borrow(Duration.ofMillis(300)))
          .isInstanceOf(SQLTransientConnectionException.class)
          .hasMessageContaining("request timed out after 300ms")
          .satisfies(failure -> assertThat(SqlFailures.classify(failure))
              .as("nothing idle and the pool below its size: it cannot connect")
              .isEqualTo(SqlFailures.Kind.DATABASE_UNREACHABLE));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(millis).as("the 300 ms asked for, not the pool's 3 s").isBetween(250L, 2_000L);
      assertThat(Thread.currentThread().isInterrupted()).as("the alarm's interrupt taken back")
          .isFalse();
      assertThat(metrics.meter("short.pool.ConnectionTimeoutRate").getCount()).isEqualTo(1);
    }
  }
}
