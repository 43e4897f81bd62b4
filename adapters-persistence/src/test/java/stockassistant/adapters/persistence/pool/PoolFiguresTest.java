package stockassistant.adapters.persistence.pool;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import stockassistant.domain.PrimaryPool;

/** The primary pool's figures come from its own name only, whatever else the registry holds. */
class PoolFiguresTest {
  /** Nothing listens there: the pool starts anyway (it waits for the database) and stays empty. */
  private static final DatabaseTarget NOWHERE =
      new DatabaseTarget("jdbc:postgresql://127.0.0.1:1/none", "nobody", "none");

  @Test
  void aReplicaPoolsFiguresNeverStandInForThePrimarys() {
    var metrics = new MetricRegistry();
    try (ConnectionPool primary = ConnectionPools.create("main", NOWHERE, PoolSettings.defaults(),
        metrics)) {
      metrics.timer("main-read-replica.pool.Wait").update(7, TimeUnit.MILLISECONDS);
      metrics.meter("main-read-replica.pool.Leaks").mark();
      metrics.meter("main.pool.Leaks").mark(2);

      PrimaryPool.Figures figures = new PoolFigures(primary, metrics).figures();

      assertThat(figures.borrowed()).as("the replica's borrow is not the primary's").isZero();
      assertThat(figures.waitP99Ms()).isZero();
      assertThat(figures.leaks()).isEqualTo(2);
      assertThat(figures.leaksUnleaked()).as("not registered: zero").isZero();
      assertThat(figures.max()).isEqualTo(PoolSettings.defaults().sizing().maximumPoolSize());
      assertThat(figures.active()).isZero();
    }
  }
}
