package stockassistant.bootstrap.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.Await;
import stockassistant.application.backup.BackupPolicy;
import stockassistant.application.backup.Backups;
import stockassistant.application.fakes.InMemoryBackupStore;
import stockassistant.domain.backup.Backup;

class BackupSchedulerTest {

  @Test
  void runsAtTheTimeKeepsTheNewestAndWaitsForTheNextDay() {
    var store = new InMemoryBackupStore();
    var backups = new Backups(store, new BackupPolicy(Path.of("/backups"), Optional.empty(), 1));
    backups.runScheduled(); // yesterday's, to be deleted once today's is checked
    // a fifth of a second before 03:00 when the first run is planned, just after it for the next
    var now = new AtomicReference<>(ZonedDateTime.of(2024, 1, 2, 2, 59, 59, 800_000_000,
        ZoneOffset.UTC));
    try (var scheduler = BackupScheduler.start(backups, LocalTime.of(3, 0),
        () -> now.getAndSet(ZonedDateTime.of(2024, 1, 2, 3, 0, 1, 0, ZoneOffset.UTC)))) {
      Await.until("the 03:00 backup ran", Duration.ofSeconds(10),
          () -> store.deleted.size() == 1);
      Await.pause(Duration.ofMillis(500));
    }
    assertThat(store.deleted).as("one run: the next is a day away").hasSize(1);
    assertThat(backups.list()).hasSize(1).allMatch(Backup::verified);
  }
}
