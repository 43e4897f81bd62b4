package stockassistant.bootstrap.doctor;

import stockassistant.application.backup.Backups;
import stockassistant.domain.backup.Backup;

/**
 * doctor's line on backups: when the newest backup that passed its check was made. Having none
 * is reported, not failed: a store can be rebuilt from its upstream, only slowly.
 */
public final class BackupCheck {
  private BackupCheck() {}

  public static String lastGood(java.util.function.Supplier<Backups> facade) {
    try {
      Backups backups = facade.get();
      return backups.lastGood().map(BackupCheck::describe)
          .orElse("none in " + backups.policy().directory() + " (./stock-assistant backup makes "
              + "one; STOCK_BACKUP_AT schedules them in serve)");
    } catch (RuntimeException unreadable) {
      return "unknown: " + unreadable.getMessage();
    }
  }

  private static String describe(Backup backup) {
    return backup.snapshotTime() + " (" + backup.location() + ", " + backup.rows()
        + " rows, checked " + backup.verifiedAt().orElseThrow() + ")";
  }
}
