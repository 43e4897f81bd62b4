package stockassistant.application.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stockassistant.application.fakes.InMemoryBackupStore;
import stockassistant.domain.backup.Backup;
import stockassistant.domain.backup.BackupProgress;
import stockassistant.domain.backup.BackupRefused;

class BackupsTest {
  private final InMemoryBackupStore store = new InMemoryBackupStore();
  private final Backups backups =
      new Backups(store, new BackupPolicy(Path.of("/backups"), Optional.empty(), 2));

  @Test
  void aScheduledRunKeepsTheNewestAndDeletesTheRest() {
    Backup first = backups.runScheduled().made();
    Backup second = backups.runScheduled().made();
    var third = backups.runScheduled();

    assertThat(third.deleted()).extracting(Backup::name).containsExactly(first.name());
    assertThat(backups.list()).extracting(Backup::name)
        .containsExactly(third.made().name(), second.name());
    assertThat(third.made().verified()).isTrue();
  }

  @Test
  void aBackupThatFailsItsCheckDeletesNothingElse() {
    backups.runScheduled();
    backups.runScheduled();
    store.damageNext();

    assertThatThrownBy(backups::runScheduled).isInstanceOf(BackupRefused.class);
    assertThat(backups.list()).hasSize(2).allMatch(Backup::verified);
    assertThat(store.deleted).hasSize(1); // only the damaged one
  }

  @Test
  void theLastGoodBackupIsTheNewestVerifiedOne() {
    assertThat(backups.lastGood()).isEmpty();
    Backup checked = backups.runScheduled().made();
    backups.create(null, BackupProgress.NONE);

    assertThat(backups.lastGood()).map(Backup::name).contains(checked.name());
  }
}
