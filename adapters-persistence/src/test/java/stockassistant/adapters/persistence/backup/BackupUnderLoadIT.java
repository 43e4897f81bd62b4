package stockassistant.adapters.persistence.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.testing.Await;
import stockassistant.domain.backup.Backup;
import stockassistant.domain.backup.BackupProgress;
import stockassistant.adapters.persistence.testing.TestDatabase;

/** A backup while writers keep writing, and a backup killed part-way. */
class BackupUnderLoadIT {
  private static final int BARS_PER_BATCH = 50;

  @TempDir
  Path backups;

  private static PgBackupStore store(DatabaseTarget target) {
    return new PgBackupStore(target, TestDatabase.pool(),
        new ScratchDatabases.FlywayMigrations(target));
  }

  /**
   * Writers commit batches (50 bars of one new code and that code's finance report, one
   * transaction each) before, during and after the backup. The restore must hold every batch
   * acknowledged before the backup began, and each batch whole in both tables or not at all:
   * the tables were copied on separate connections, so this is the shared snapshot at work.
   */
  @Test
  void theRestoreHoldsExactlyTheSnapshotWhileWritersWrite() throws Exception {
    DatabaseTarget source = ScratchDatabases.migrated("backup_source", null);
    StoreFilling.manyBars(source, 200_000);
    var acknowledged = new ConcurrentLinkedQueue<Integer>();
    var next = new AtomicInteger();
    var stop = new AtomicBoolean();
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      Thread writer = new Thread(() -> writeBatches(source, next, acknowledged, stop));
      writer.start();
      writers.add(writer);
    }
    Await.until("writers commit", Duration.ofSeconds(30), () -> acknowledged.size() >= 5);
    List<Integer> beforeBackup = List.copyOf(acknowledged);
    Backup backup;
    try {
      backup = store(source).create(backups, BackupProgress.NONE);
    } finally {
      stop.set(true);
      for (Thread writer : writers) {
        writer.join();
      }
    }
    int afterwards = acknowledged.size();

    DatabaseTarget target = ScratchDatabases.fresh("backup_target");
    store(target).restore(backup.location(), false, BackupProgress.NONE);

    for (int batch : beforeBackup) {
      assertThat(bars(target, batch)).as("batch %d, acknowledged before the backup", batch)
          .isEqualTo(BARS_PER_BATCH);
    }
    long batchesRestored = ScratchDatabases.count(target, "SELECT count(*) FROM stock_finance");
    assertThat(batchesRestored).isBetween((long) beforeBackup.size(), (long) afterwards);
    assertThat(batchesRestored).as("some batches were written while the backup ran")
        .isLessThan(afterwards);
    assertThat(ScratchDatabases.count(target, "SELECT count(*) FROM stock_daily WHERE "
        + "third_code LIKE '%.BJ'")).isEqualTo(batchesRestored * BARS_PER_BATCH);
    assertThat(ScratchDatabases.count(target, "SELECT count(*) FROM stock_finance f WHERE "
        + "(SELECT count(*) FROM stock_daily d WHERE d.third_code = f.third_code) <> "
        + BARS_PER_BATCH)).as("batches restored in part").isZero();
    assertThat(backup.rows()).as("bars, finance rows and table_version's one row")
        .isEqualTo(200_000 + batchesRestored * (BARS_PER_BATCH + 1) + 1);
  }

  private static long bars(DatabaseTarget target, int batch) {
    return ScratchDatabases.count(target,
        "SELECT count(*) FROM stock_daily WHERE third_code = '" + code(batch) + "'");
  }

  private static String code(int batch) {
    return String.format("%06d.BJ", batch);
  }

  private static void writeBatches(DatabaseTarget source, AtomicInteger next,
      ConcurrentLinkedQueue<Integer> acknowledged, AtomicBoolean stop) {
    try (Connection connection = ScratchDatabases.connect(source)) {
      connection.setAutoCommit(false);
      while (!stop.get()) {
        int batch = next.getAndIncrement();
        try (PreparedStatement bars = connection.prepareStatement("INSERT INTO stock_daily "
            + "(third_code, trade_date, close) SELECT ?, date '2000-01-01' + n, n "
            + "FROM generate_series(1, " + BARS_PER_BATCH + ") n");
            PreparedStatement report = connection.prepareStatement("INSERT INTO stock_finance "
                + "(third_code, ann_date, end_date, eps) VALUES (?, '2024-04-20', '2024-03-31', 1)")) {
          bars.setString(1, code(batch));
          bars.executeUpdate();
          report.setString(1, code(batch));
          report.executeUpdate();
        }
        connection.commit();
        acknowledged.add(batch);
      }
    } catch (Exception failure) {
      throw new IllegalStateException(failure);
    }
  }

  @Test
  void aBackupKilledPartWayLeavesNothingThatLooksComplete() throws Exception {
    DatabaseTarget source = ScratchDatabases.migrated("backup_source", null);
    StoreFilling.manyBars(source, 300_000);
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        SlowBackupProcess.class.getName(), source.jdbcUrl(), source.username(), source.password(),
        backups.toString()).redirectErrorStream(true)
        .redirectOutput(backups.resolveSibling(backups.getFileName() + ".child.log").toFile())
        .start();
    try {
      Await.until("the child has written part of a table", Duration.ofSeconds(60),
          () -> partialFileBytes() > 0);
      assertThat(child.isAlive()).as("still copying when killed").isTrue();
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs in the child
      child.waitFor();
    }

    try (var entries = Files.list(backups)) {
      List<Path> left = entries.toList();
      assertThat(left).allSatisfy(path -> {
        assertThat(path.getFileName().toString()).startsWith(".").endsWith(".partial");
        assertThat(path.resolve("manifest.json")).doesNotExist();
      });
      assertThat(left).isNotEmpty();
    }
    assertThat(store(source).list(backups)).isEmpty();

    Backup next = store(source).create(backups, BackupProgress.NONE);
    assertThat(store(source).list(backups)).extracting(Backup::name).containsExactly(next.name());
    assertThat(store(source).verify(next.location(), BackupProgress.NONE).rows())
        .as("the bars and table_version's one row").isEqualTo(300_001);
  }

  private long partialFileBytes() {
    try (var entries = Files.walk(backups)) {
      return entries.filter(path -> path.toString().endsWith(".copy.zst"))
          .filter(path -> path.getParent().getFileName().toString().endsWith(".partial"))
          .mapToLong(path -> path.toFile().length()).sum();
    } catch (java.io.IOException | java.io.UncheckedIOException raced) {
      return 0;
    }
  }
}
