package stockassistant.adapters.persistence.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.domain.backup.Backup;
import stockassistant.domain.backup.BackupProgress;
import stockassistant.domain.backup.BackupRefused;
import stockassistant.domain.backup.BackupStore;

/**
 * Backups of a PostgreSQL database made through its own connections: binary COPY of every table
 * from one snapshot, zstd, SHA-256, a manifest. For an external PostgreSQL, pg_dump does more
 * (every object, parallel jobs); this needs nothing installed and knows the schema's version.
 */
public final class PgBackupStore implements BackupStore {
  private static final Logger log = LoggerFactory.getLogger(PgBackupStore.class);
  /** Tables copied at once, each on its own connection in the shared snapshot. */
  public static final int DEFAULT_WORKERS = 2;

  private final DirectConnections connections;
  private final SchemaMigrations migrations;
  private final int workers;
  private final Clock clock;

  public PgBackupStore(DatabaseTarget target, PoolSettings pool, SchemaMigrations migrations,
      int workers, Clock clock) {
    this.connections = new DirectConnections(target, pool);
    this.migrations = migrations;
    this.workers = workers;
    this.clock = clock;
  }

  public PgBackupStore(DatabaseTarget target, PoolSettings pool, SchemaMigrations migrations) {
    this(target, pool, migrations, DEFAULT_WORKERS, Clock.systemUTC());
  }

  @Override
  public Backup create(Path directory, BackupProgress progress) {
    var inProgress = BackupDirectories.begin(directory, clock.instant());
    try {
      Manifest manifest = new SnapshotBackup(connections, workers)
          .write(inProgress.partial(), progress);
      BackupDirectories.writeDurably(inProgress.partial().resolve(Manifest.FILE),
          manifest.toJson());
      Path complete = BackupDirectories.complete(inProgress);
      log.info("Backup {} written: {} rows, {} bytes, schema version {}",
          complete.getFileName(), manifest.rows(), manifest.bytes(), manifest.schemaVersion());
      return describe(complete, manifest);
    } catch (SQLException failure) {
      abandon(inProgress);
      throw new IllegalStateException("backup failed: " + failure.getMessage(), failure);
    } catch (IOException failure) {
      abandon(inProgress);
      throw new UncheckedIOException("backup failed writing " + inProgress.partial(), failure);
    } catch (RuntimeException failure) {
      abandon(inProgress);
      throw failure;
    }
  }

  @Override
  public Backup verify(Path backup, BackupProgress progress) {
    Manifest manifest = Manifest.read(backup);
    FileChecks.deeply(backup, manifest, progress);
    try {
      BackupDirectories.markVerified(backup, clock.instant());
    } catch (IOException readOnly) {
      // a backup on read-only media checks fine; it just cannot remember that it did
      log.warn("Backup {} verified, but the check could not be recorded: {}", backup,
          readOnly.getMessage());
    }
    return describe(backup, manifest);
  }

  @Override
  public List<Backup> list(Path directory) {
    return BackupDirectories.complete(directory).flatMap(path -> {
      try {
        return java.util.stream.Stream.of(describe(path, Manifest.read(path)));
      } catch (BackupRefused unreadable) {
        log.warn("Skipping {}: {}", path, unreadable.getMessage());
        return java.util.stream.Stream.empty();
      }
    }).sorted(Comparator.comparing(Backup::snapshotTime).thenComparing(Backup::name).reversed())
        .toList();
  }

  @Override
  public void delete(Backup backup) {
    try {
      BackupDirectories.delete(backup.location());
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot delete " + backup.location(), failure);
    }
  }

  @Override
  public Restored restore(Path backup, boolean replace, BackupProgress progress) {
    Manifest manifest = Manifest.read(backup);
    try {
      Restore.Loaded loaded = new Restore(connections, migrations)
          .run(backup, manifest, replace, progress);
      return new Restored(describe(backup, manifest), loaded.rows(), loaded.version());
    } catch (SQLException failure) {
      throw new IllegalStateException("restore failed and was rolled back; the tables hold "
          + "what they held before: " + failure.getMessage(), failure);
    } catch (IOException failure) {
      throw new UncheckedIOException("restore failed reading " + backup
          + " and was rolled back; the tables hold what they held before", failure);
    }
  }

  private static Backup describe(Path location, Manifest manifest) {
    return new Backup(location.getFileName().toString(), location, manifest.snapshotInstant(),
        manifest.schemaVersion(), manifest.tables().size(), manifest.rows(), manifest.bytes(),
        BackupDirectories.verifiedAt(location));
  }

  private static void abandon(BackupDirectories.InProgress inProgress) {
    try (var files = Files.walk(inProgress.partial())) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException leftBehind) {
      log.warn("Could not remove the unfinished backup {}: {}", inProgress.partial(),
          leftBehind.getMessage());
    }
  }

}
