package stockassistant.adapters.persistence.backup;

import java.nio.file.Path;
import java.util.List;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.domain.backup.BackupProgress;
import stockassistant.adapters.persistence.testing.TestDatabase;

/**
 * A backup in a process of its own, slowed down so a test can kill it (-9) part-way: every
 * megabyte copied waits 100 ms. Arguments: JDBC URL, user, password, backup directory.
 */
public final class SlowBackupProcess {
  private SlowBackupProcess() {}

  public static void main(String[] args) {
    var target = new DatabaseTarget(args[0], args[1], args[2]);
    SchemaMigrations none = new SchemaMigrations() {
      @Override
      public List<String> versions() {
        return List.of();
      }

      @Override
      public void migrate(String schema, String version) {
        throw new UnsupportedOperationException("a backup never migrates");
      }
    };
    new PgBackupStore(target, TestDatabase.pool(), none).create(Path.of(args[3]), new BackupProgress() {
      @Override
      public void begin(String task, long totalBytes) {
        System.out.println("begin " + task);
      }

      @Override
      public void advance(long bytes) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
      }

      @Override
      public void end() {}
    });
    System.out.println("done");
  }
}
