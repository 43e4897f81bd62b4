package stockassistant.application.backup;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** When the next daily backup is due: today at the set time if that is still ahead, else tomorrow. */
public final class BackupSchedule {
  private BackupSchedule() {}

  public static Duration untilNext(LocalTime at, ZonedDateTime now) {
    ZonedDateTime today = now.with(at);
    // re-applying the time after adding a day keeps it right across a DST change
    ZonedDateTime next = today.isAfter(now) ? today : today.plusDays(1).with(at);
    return Duration.between(now, next);
  }
}
