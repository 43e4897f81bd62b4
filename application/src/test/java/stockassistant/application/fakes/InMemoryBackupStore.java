package stockassistant.application.fakes;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import stockassistant.domain.backup.Backup;
import stockassistant.domain.backup.BackupProgress;
import stockassistant.domain.backup.BackupRefused;
import stockassistant.domain.backup.BackupStore;

/** Backups as records in a list; each new one a minute after the last; checks can be made to fail. */
public final class InMemoryBackupStore implements BackupStore {
  private final List<Backup> backups = new ArrayList<>();
  private Instant clock = Instant.parse("2024-01-02T03:00:00Z");
  private boolean damaged;
  public final List<String> deleted = new ArrayList<>();

  /** The next backups made fail their check. */
  public void damageNext() {
    damaged = true;
  }

  @Override
  public Backup create(Path directory, BackupProgress progress) {
    clock = clock.plusSeconds(60);
    var made = new Backup("backup-" + clock.getEpochSecond(),
        directory.resolve("backup-" + clock.getEpochSecond()), clock, "3", 6, 10, 100,
        Optional.empty());
    backups.add(made);
    return made;
  }

  @Override
  public Backup verify(Path backup, BackupProgress progress) {
    if (damaged) {
      throw new BackupRefused(backup.resolve("stock_daily.copy.zst").toString(), "altered");
    }
    for (int i = 0; i < backups.size(); i++) {
      Backup each = backups.get(i);
      if (each.location().equals(backup)) {
        var checked = new Backup(each.name(), each.location(), each.snapshotTime(),
            each.schemaVersion(), each.tables(), each.rows(), each.bytes(), Optional.of(clock));
        backups.set(i, checked);
        return checked;
      }
    }
    throw new BackupRefused(backup.toString(), "missing");
  }

  @Override
  public List<Backup> list(Path directory) {
    return backups.stream().sorted(Comparator.comparing(Backup::snapshotTime).reversed()).toList();
  }

  @Override
  public void delete(Backup backup) {
    backups.removeIf(each -> each.name().equals(backup.name()));
    deleted.add(backup.name());
  }

  @Override
  public Restored restore(Path backup, boolean replace, BackupProgress progress) {
    throw new UnsupportedOperationException("not needed by these tests");
  }
}
