package stockassistant.bootstrap.backup;

import stockassistant.adapters.persistence.backup.PgBackupStore;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.application.backup.Backups;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.database.DatabaseRuntime;
import stockassistant.bootstrap.database.Migrations;

/**
 * What backup, verify and restore run on: the database (configured or embedded) and the
 * {@link Backups} facade, and nothing else. No pool, and above all no migrations at start: a
 * restore decides which schema version to build.
 */
public final class BackupTool implements AutoCloseable {
  private final DatabaseRuntime database;
  private final Backups backups;

  private BackupTool(DatabaseRuntime database, Backups backups) {
    this.database = database;
    this.backups = backups;
  }

  public static BackupTool start(AppConfig config) {
    DatabaseRuntime database = DatabaseRuntime.start(config);
    try {
      return new BackupTool(database, backups(config, database));
    } catch (RuntimeException failure) {
      database.close();
      throw failure;
    }
  }

  /** The facade over a started database; serve binds the same. */
  public static Backups backups(AppConfig config, DatabaseRuntime database) {
    // direct sessions: an exported snapshot and a long COPY do not fit a transaction pooler
    DatabaseTarget direct = config.migrationTarget(database.target());
    var store = new PgBackupStore(direct, config.pool(), new Migrations(direct, config.pool()));
    return new Backups(store, config.backup());
  }

  public Backups backups() {
    return backups;
  }

  @Override
  public void close() {
    database.close();
  }
}
