package stockassistant.application.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BackupScheduleTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void runsLaterTodayWhenTheTimeIsStillAhead() {
    var now = ZonedDateTime.of(2024, 1, 2, 1, 30, 0, 0, SHANGHAI);
    assertThat(BackupSchedule.untilNext(LocalTime.of(3, 0), now)).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void runsTomorrowWhenTheTimeHasPassedOrIsNow() {
    var now = ZonedDateTime.of(2024, 1, 2, 3, 0, 0, 0, SHANGHAI);
    assertThat(BackupSchedule.untilNext(LocalTime.of(3, 0), now)).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void keepsTheWallClockTimeAcrossADaylightSavingChange() {
    // New York springs forward on 2024-03-10: 03:00 to 03:00 the next day is 23 real hours
    var now = ZonedDateTime.of(2024, 3, 9, 3, 0, 0, 0, ZoneId.of("America/New_York"));
    assertThat(BackupSchedule.untilNext(LocalTime.of(3, 0), now)).isEqualTo(Duration.ofHours(23));
  }
}
