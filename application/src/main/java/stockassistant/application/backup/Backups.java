package stockassistant.application.backup;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import stockassistant.domain.backup.Backup;
import stockassistant.domain.backup.BackupProgress;
import stockassistant.domain.backup.BackupStore;

/**
 * Backups of the store: made on demand or on a schedule, checked, listed, restored. What the
 * schedule decides lives here: a new backup is verified before any older one is deleted, so a
 * run that fails part-way never leaves fewer good backups than before.
 */
public final class Backups {
  private final BackupStore store;
  private final BackupPolicy policy;

  @Inject
  public Backups(BackupStore store, BackupPolicy policy) {
    this.store = store;
    this.policy = policy;
  }

  public BackupPolicy policy() {
    return policy;
  }

  /** A new backup in {@code directory} (null: the configured one). */
  public Backup create(Path directory, BackupProgress progress) {
    return store.create(directory == null ? policy.directory() : directory, progress);
  }

  /** Re-reads a backup in full; throws {@code BackupRefused} naming the damaged file. */
  public Backup verify(Path backup, BackupProgress progress) {
    return store.verify(backup, progress);
  }

  /** The backups in the configured directory, newest first. */
  public List<Backup> list() {
    return store.list(policy.directory());
  }

  /** The newest backup a check passed on. */
  public Optional<Backup> lastGood() {
    return list().stream().filter(Backup::verified).findFirst();
  }

  public BackupStore.Restored restore(Path backup, boolean replace, BackupProgress progress) {
    return store.restore(backup, replace, progress);
  }

  /**
   * The scheduled run: a new backup, verified, and only then the backups beyond the newest
   * {@code keep} deleted. A backup that fails its check is deleted itself, and nothing else.
   */
  public ScheduledRun runScheduled() {
    Backup made = store.create(policy.directory(), BackupProgress.NONE);
    Backup checked;
    try {
      checked = store.verify(made.location(), BackupProgress.NONE);
    } catch (RuntimeException failedCheck) {
      store.delete(made);
      throw failedCheck;
    }
    List<Backup> older = store.list(policy.directory()).stream()
        .filter(backup -> !backup.name().equals(checked.name()))
        .toList();
    List<Backup> deleted = older.stream().skip(Math.max(0, policy.keep() - 1)).toList();
    deleted.forEach(store::delete);
    return new ScheduledRun(checked, deleted);
  }

  /** What one scheduled run made and deleted. */
  public record ScheduledRun(Backup made, List<Backup> deleted) {}
}
