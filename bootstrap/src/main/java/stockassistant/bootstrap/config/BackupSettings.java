package stockassistant.bootstrap.config;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import stockassistant.application.backup.BackupPolicy;

/** STOCK_BACKUP_DIR, STOCK_BACKUP_AT (HH:MM, local time) and STOCK_BACKUP_KEEP. */
final class BackupSettings {
  static final int DEFAULT_KEEP = 7;
  private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

  private BackupSettings() {}

  static BackupPolicy from(Settings settings, Path dataDirectory) {
    Path directory = settings.text("STOCK_BACKUP_DIR").map(Path::of)
        .orElse(dataDirectory.resolve("backups"));
    Optional<LocalTime> at = settings.text("STOCK_BACKUP_AT").map(text -> {
      try {
        return LocalTime.parse(text, HOUR_MINUTE);
      } catch (DateTimeParseException malformed) {
        throw new IllegalArgumentException("STOCK_BACKUP_AT must be a time of day as HH:MM, "
            + "e.g. 03:30 (was " + text + ")");
      }
    });
    return new BackupPolicy(directory, at, settings.integer("STOCK_BACKUP_KEEP", DEFAULT_KEEP));
  }
}
