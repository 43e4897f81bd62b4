package stockassistant.domain.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * Where backups of the whole store are made, checked and restored from: one directory per
 * backup, with a manifest and one compressed file per table. Implemented over the database's
 * own connections (binary COPY), so it needs no pg_dump.
 */
public interface BackupStore {

  /**
   * Writes a new backup of every table, from one snapshot, into a new directory inside
   * {@code directory}. A backup that did not finish leaves no directory that looks complete.
   */
  Backup create(Path directory, BackupProgress progress);

  /**
   * Re-reads a backup: the manifest, every file's size and SHA-256, and every file's rows.
   * Records the check in the backup when it passes.
   *
   * @throws BackupRefused naming the file that is missing, truncated or altered
   */
  Backup verify(Path backup, BackupProgress progress);

  /** The complete backups in {@code directory}, newest first; an absent directory has none. */
  List<Backup> list(Path directory);

  /** Removes a backup directory and everything in it. */
  void delete(Backup backup);

  /**
   * Replaces the store's contents with a backup's. Checks the manifest and every checksum before
   * touching anything; refuses a store that holds rows unless {@code replace}; replaces in one
   * transaction, so a failure leaves the old rows as they were.
   *
   * @throws BackupRefused when the backup is unusable or the store is not empty
   */
  Restored restore(Path backup, boolean replace, BackupProgress progress);

  /** What a restore did. */
  record Restored(Backup from, long rows, String schemaVersionNow) {}
}
