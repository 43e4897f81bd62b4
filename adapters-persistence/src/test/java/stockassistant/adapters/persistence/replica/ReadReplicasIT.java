package stockassistant.adapters.persistence.replica;

import com.codahale.metrics.MetricRegistry;
import stockassistant.adapters.persistence.session.OpenWork;
import stockassistant.domain.transaction.Db;
import static org.assertj.core.api.Assertions.assertThat;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.resilience.ResilienceSettings;
import stockassistant.adapters.persistence.session.Budgets;
import stockassistant.adapters.persistence.testing.Await;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.Replication;
import stockassistant.adapters.persistence.testing.TestDatabase;

/**
 * A primary and a streaming (asynchronous) standby, both embedded: which unit of work goes where,
 * and a replica whose replay is paused leaving reads to the primary until it catches up.
 */
class ReadReplicasIT {
  private static Replication.Pair servers;
  private static Persistence persistence;
  private static Replica replica;

  @BeforeAll
  static void start() {
    servers = Replication.standbyOf(TestDatabase.dedicatedServer("replica-primary"),
        "replica-standby", false);
    Replication.execute(servers.primary(), "TRUNCATE stock_daily");
    persistence = Persistence.open(TestDatabase.target(servers.primary()), TestDatabase.pool(),
        ResilienceSettings.defaults(), Budgets.defaults(), new MetricRegistry(),
        ReplicaSettings.of(TestDatabase.target(servers.standby()), ReplicaSettings.DEFAULT_MAX_LAG));
    replica = persistence.replicas().all().get(0);
    Await.until("the replica serves", Duration.ofSeconds(10),
        () -> replica.state() == Replica.State.SERVING);
  }

  @AfterAll
  static void stop() {
    persistence.close();
    servers.standby().close();
    servers.primary().close();
  }

  @Test
  void readsGoToTheReplicaWritesAndFreshReadsToThePrimary() {
    long before = replica.reads();

    boolean written = persistence.unitOfWork().write("test.write", db -> inRecovery(db));
    boolean read = persistence.unitOfWork().read("test.read", db -> inRecovery(db));
    boolean fresh = persistence.unitOfWork().readFresh("test.fresh", db -> inRecovery(db));

    assertThat(written).as("a write runs on the primary").isFalse();
    assertThat(read).as("a read runs on the replica").isTrue();
    assertThat(fresh).as("a fresh read runs on the primary").isFalse();
    assertThat(replica.reads()).isEqualTo(before + 1);
  }

  @Test
  void aReplicaFurtherBehindThanTheMaxLagServesNoReadsUntilItCatchesUp() {
    Replication.execute(servers.standby(), "SELECT pg_wal_replay_pause()");
    long paused = System.nanoTime();
    try {
      persistence.unitOfWork().write("test.write",
          db -> persistence.quotes().upsertAll(db, List.of(aBar().of("600519.SH").build())));
      Await.until("the replica is found lagging", Duration.ofSeconds(10),
          () -> replica.state() == Replica.State.LAGGING);
      double noticed = (System.nanoTime() - paused) / 1e9;

      assertThat(persistence.unitOfWork().read("test.read", (Db db) -> inRecovery(db)))
          .as("reads left the lagging replica").isFalse();
      assertThat(persistence.unitOfWork().read("test.read", (Db db) -> bars(db)))
          .as("and see the write the replica lacks").isEqualTo(1);

      Replication.execute(servers.standby(), "SELECT pg_wal_replay_resume()");
      long resumed = System.nanoTime();
      Await.until("the replica serves again", Duration.ofSeconds(10),
          () -> replica.state() == Replica.State.SERVING);
      Figures.record("replica-lag", String.format("DB_READ_MAX_LAG_MS=%d (default): replay paused "
          + "and one write made; reads left the replica %.2f s after the pause; replay resumed, "
          + "reads back on it %.2f s later", ReplicaSettings.DEFAULT_MAX_LAG.toMillis(), noticed,
          (System.nanoTime() - resumed) / 1e9));
      assertThat(persistence.unitOfWork().read("test.read", (Db db) -> inRecovery(db))).isTrue();
      assertThat(persistence.unitOfWork().read("test.read", (Db db) -> bars(db))).isEqualTo(1);
    } finally {
      Replication.execute(servers.standby(), "SELECT pg_wal_replay_resume()");
    }
  }

  private static boolean inRecovery(Db db) {
    return query(db, "SELECT pg_is_in_recovery()").equals("t");
  }

  private static int bars(Db db) {
    return Integer.parseInt(query(db, "SELECT count(*) FROM stock_daily WHERE third_code = '600519.SH'"));
  }

  private static String query(Db db, String sql) {
    try (Statement statement = OpenWork.of(db).connection().createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    } catch (SQLException failure) {
      throw new PersistenceException(failure);
    }
  }
}
