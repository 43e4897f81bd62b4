package stockassistant.bootstrap.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import stockassistant.bootstrap.backup.BackupProgressBar;
import stockassistant.bootstrap.backup.BackupTool;
import stockassistant.domain.backup.Backup;
import stockassistant.domain.backup.BackupRefused;

@Command(name = "backup", mixinStandardHelpOptions = true,
    description = {"Back up every table of the database while the service keeps running: one "
        + "snapshot, each table as binary COPY, zstd-compressed, into a new directory named by "
        + "the time (backup-YYYYMMDDTHHMMSSZ) with a manifest of schema version, row counts, "
        + "sizes and SHA-256. The new backup is then re-read and checked.",
        "With --verify DIR, only checks an existing backup. For an external PostgreSQL, "
            + "pg_dump -Fc backs up more (roles, every object) and is the better tool there."},
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:the backup was written and checked (or, with --verify, is good)",
        ExitCodes.FAILED_LINE, "2:invalid arguments, or the backup checked is damaged (the file "
            + "is named)"})
final class BackupCommand implements Callable<Integer> {
  @Mixin
  OneShotOptions options;

  @Option(names = "--out", paramLabel = "DIR", description = "the directory the new backup "
      + "directory goes in (default: STOCK_BACKUP_DIR, else STOCK_DATA_DIR/backups)")
  Path out;

  @Option(names = "--verify", paramLabel = "DIR", description = "check this backup (its "
      + "manifest, every file's size and SHA-256, every row) instead of making one")
  Path verify;

  @Option(names = "--no-check", description = "do not re-read the new backup after writing it")
  boolean noCheck;

  @Override
  public Integer call() {
    if (verify != null && out != null) {
      System.err.println("backup: --verify and --out do not go together");
      return ExitCodes.USAGE;
    }
    var settings = options.load();
    var progress = BackupProgressBar.forConsole();
    try (BackupTool tool = BackupTool.start(settings)) {
      if (verify != null) {
        Backup checked = tool.backups().verify(verify, progress);
        System.out.println("backup: " + checked.location() + " is good: " + describe(checked));
        return ExitCodes.OK;
      }
      long start = System.nanoTime();
      Backup made = tool.backups().create(out, progress);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "backup: wrote %s in %.1f s: %s%n", made.location(), seconds,
          describe(made));
      if (!noCheck) {
        tool.backups().verify(made.location(), progress);
        System.out.println("backup: checked: every file matches its SHA-256 and row count");
      }
      return ExitCodes.OK;
    } catch (BackupRefused refused) {
      System.err.println("backup: " + refused.getMessage());
      return ExitCodes.USAGE;
    }
  }

  static String describe(Backup backup) {
    return String.format(Locale.ROOT, "%,d rows in %d tables, %.1f MB, schema version %s, "
        + "snapshot %s", backup.rows(), backup.tables(), backup.bytes() / 1e6,
        backup.schemaVersion(), backup.snapshotTime());
  }
}
