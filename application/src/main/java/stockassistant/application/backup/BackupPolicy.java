package stockassistant.application.backup;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Where backups go and, for {@code serve}, when one is made and how many are kept.
 *
 * @param directory where backups are written and listed ({@code STOCK_BACKUP_DIR})
 * @param dailyAt the local time of the daily backup in serve ({@code STOCK_BACKUP_AT}); empty:
 *     no scheduled backups
 * @param keep how many backups the schedule keeps, newest first ({@code STOCK_BACKUP_KEEP})
 */
public record BackupPolicy(Path directory, Optional<LocalTime> dailyAt, int keep) {
  public BackupPolicy {
    if (keep < 1) {
      throw new IllegalArgumentException("STOCK_BACKUP_KEEP must be at least 1 (was " + keep + ")");
    }
  }
}
