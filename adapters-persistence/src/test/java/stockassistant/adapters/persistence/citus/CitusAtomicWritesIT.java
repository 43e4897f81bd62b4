package stockassistant.adapters.persistence.citus;

import com.codahale.metrics.MetricRegistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import java.sql.SQLException;
import stockassistant.adapters.persistence.session.OpenWork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.adapters.persistence.resilience.ResilienceSettings;
import stockassistant.adapters.persistence.session.Budgets;
import stockassistant.adapters.persistence.testing.CitusTestCluster;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.ThirdCode;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarQuery;

/**
 * A batch whose codes live on two workers is one distributed transaction: Citus commits it on
 * both with two-phase commit (PREPARE TRANSACTION on each worker, then COMMIT PREPARED), so it is
 * stored whole or not at all. The fault: a deferred constraint trigger on worker 2's shard that
 * refuses at commit, so worker 2's PREPARE fails after both workers wrote their rows. (Restarting a
 * worker with {@code max_prepared_transactions = 0} does not work: Citus raises it at start.)
 */
class CitusAtomicWritesIT {
  private static final java.util.Set<BarMetric> ALL = java.util.EnumSet.allOf(BarMetric.class);
  private static CitusTestCluster cluster;
  private static Persistence persistence;
  private static String onFirst;
  private static String onSecond;

  @BeforeAll
  static void start() {
    cluster = CitusTestCluster.start("citus-atomic", 2);
    persistence = Persistence.open(TestDatabase.target(cluster.coordinator()),
        PoolSettings.defaults(), ResilienceSettings.defaults(), Budgets.defaults(), new MetricRegistry());
    onFirst = cluster.codeOn(1);
    onSecond = cluster.codeOn(2);
  }

  @AfterAll
  static void stop() {
    if (persistence != null) {
      persistence.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @BeforeEach
  void empty() {
    execute(cluster.coordinator(), "TRUNCATE stock_daily");
  }

  @Test
  void aBatchOverBothWorkersIsStoredWholeByRowsAndByCopyWithTwoPhaseCommit() {
    long before = count("SELECT count(*) FROM pg_dist_transaction");
    assertThat(upsert(bars(1))).isEqualTo(2);
    long afterRows = count("SELECT count(*) FROM pg_dist_transaction");
    assertThat(afterRows).as("2PC commit records of the row path").isGreaterThan(before);
    execute(cluster.coordinator(), "TRUNCATE stock_daily");
    assertThat(upsertThrough(bars(100))).as("new rows: COPY straight into the table")
        .isEqualTo("copy");
    assertThat(rows(onFirst)).isEqualTo(100);
    assertThat(rows(onSecond)).isEqualTo(100);
    long afterCopy = count("SELECT count(*) FROM pg_dist_transaction");
    assertThat(afterCopy).as("2PC commit records of the direct COPY (one per worker connection)")
        .isGreaterThanOrEqualTo(afterRows + 2);

    var revised = bars(100).stream().map(bar -> aBar().of(bar.thirdCode().value())
        .on(bar.tradeDate()).close(7.5).build()).toList();
    assertThat(upsertThrough(revised)).as("stored keys: the COPY fails whole, the merge takes it")
        .isEqualTo("merge");
    assertThat(rows(onFirst)).isEqualTo(100);
    assertThat(count("SELECT count(*) FROM stock_daily WHERE close = 7.5")).isEqualTo(200);
    assertThat(count("SELECT count(*) FROM pg_dist_transaction")).isGreaterThan(afterCopy);
  }

  @Test
  void aBatchWhosePrepareFailsOnOneWorkerLeavesNothingOnEither() {
    EmbeddedPostgresServer worker2 = cluster.workers().get(1);
    String shard = single("SELECT shard_name('stock_daily', "
        + "get_shard_id_for_distribution_column('stock_daily', '" + onSecond + "'))");
    // on the worker alone: Citus would otherwise insist DDL runs on the coordinator
    execute(worker2, "SET citus.enable_ddl_propagation = off; CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS "
        + "$$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$");
    execute(worker2, "SET citus.enable_ddl_propagation = off; CREATE CONSTRAINT TRIGGER refuse AFTER INSERT OR UPDATE ON " + shard
        + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_at_commit()");
    try {
      for (int size : new int[] {1, 100}) {
        assertThatThrownBy(() -> upsert(bars(size))).as("batch of %d per code", size)
            .isInstanceOf(RuntimeException.class);
        assertThat(rows(onFirst)).as("worker 1 wrote, then rolled back").isZero();
        assertThat(rows(onSecond)).isZero();
      }
      // a read of both workers first, in the same transaction: Citus 13.2 would then COPY to
      // them without two-phase commit, so the bulk path must take the merge instead
      assertThatThrownBy(() -> persistence.unitOfWork().write("test.readThenUpsert", db -> {
        persistence.quotes().bars(db, BarQuery.newest(new ThirdCode(onFirst), 1, ALL), null, 0, 1);
        persistence.quotes().bars(db, BarQuery.newest(new ThirdCode(onSecond), 1, ALL), null, 0, 1);
        return persistence.quotes().upsertAll(db, bars(100));
      })).as("a read, then the bulk path").isInstanceOf(RuntimeException.class);
      assertThat(rows(onFirst)).isZero();
      assertThat(preparedLeftOn(cluster.workers().get(0))).as("no transaction left in doubt").isZero();

      var firstOnly = bars(100).stream()
          .filter(bar -> bar.thirdCode().value().equals(onFirst)).toList();
      assertThat(upsert(firstOnly)).as("a batch for worker 1 alone").isEqualTo(100);
      assertThat(rows(onFirst)).isEqualTo(100);

      // worker 1's keys now stored: the direct COPY fails on them, the merge takes the batch,
      // and worker 2's refusal at commit still undoes worker 1's updates
      var revised = bars(100).stream().map(bar -> aBar().of(bar.thirdCode().value())
          .on(bar.tradeDate()).close(7.5).build()).toList();
      assertThatThrownBy(() -> upsert(revised)).as("stored keys, then a refusal at commit")
          .isInstanceOf(RuntimeException.class);
      assertThat(rows(onFirst)).isEqualTo(100);
      assertThat(rows(onSecond)).isZero();
      assertThat(count("SELECT count(*) FROM stock_daily WHERE close = 7.5")).isZero();
      assertThat(preparedLeftOn(cluster.workers().get(0))).as("no transaction left in doubt").isZero();
    } finally {
      execute(worker2, "SET citus.enable_ddl_propagation = off; DROP TRIGGER refuse ON " + shard
          + "; DROP FUNCTION refuse_at_commit()");
    }
  }

  /** {@code perCode} consecutive days of bars for each of the two codes. */
  private static List<DailyBar> bars(int perCode) {
    var bars = new ArrayList<DailyBar>();
    for (String code : List.of(onFirst, onSecond)) {
      LocalDate day = LocalDate.of(2024, 1, 1);
      for (int i = 0; i < perCode; i++, day = day.plusDays(1)) {
        bars.add(aBar().of(code).on(day).build());
      }
    }
    return bars;
  }

  /**
   * Upserts in one transaction and says which path took the batch: the merge leaves its
   * temporary staging table in the session until the commit, the direct COPY makes none.
   */
  private static String upsertThrough(List<DailyBar> bars) {
    return persistence.unitOfWork().write("test.upsertThrough", db -> {
      persistence.quotes().upsertAll(db, bars);
      try (var statement = OpenWork.of(db).connection().createStatement();
          var rows = statement.executeQuery(
              "SELECT to_regclass('pg_temp.stage_stock_daily') IS NOT NULL")) {
        rows.next();
        return rows.getBoolean(1) ? "merge" : "copy";
      } catch (SQLException failure) {
        throw new IllegalStateException(failure);
      }
    });
  }

  private static int upsert(List<DailyBar> bars) {
    return persistence.unitOfWork().write("test.upsert",
        db -> persistence.quotes().upsertAll(db, bars));
  }

  private static long rows(String code) {
    return count("SELECT count(*) FROM stock_daily WHERE third_code = '" + code + "'");
  }

  private static long preparedLeftOn(EmbeddedPostgresServer worker) {
    try (var connection = TestDatabase.connect(worker); var statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT count(*) FROM pg_prepared_xacts")) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }

  private static long count(String sql) {
    return Long.parseLong(single(sql));
  }

  private static String single(String sql) {
    try (var connection = TestDatabase.connect(cluster.coordinator());
        var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }

  private static void execute(EmbeddedPostgresServer server, String sql) {
    try (var connection = TestDatabase.connect(server);
        var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }
}
