package stockassistant.bootstrap.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import stockassistant.bootstrap.backup.BackupProgressBar;
import stockassistant.bootstrap.backup.BackupTool;
import stockassistant.domain.backup.BackupRefused;
import stockassistant.domain.backup.BackupStore;

@Command(name = "restore", mixinStandardHelpOptions = true,
    description = {"Restore a backup made by `backup` into the configured database (or the "
        + "embedded one). The manifest and every file's SHA-256 are checked before anything is "
        + "touched. The rows are loaded into the schema of the backup's version, then this "
        + "release's migrations run, so an older release's backup restores into this one.",
        "A database that holds rows is refused unless --replace is given; the replacement is one "
            + "transaction, so a restore that fails leaves the old rows. Stop `serve` first: "
            + "writes made during a restore are lost. Stored LLM API keys stay encrypted: the "
            + "restored service needs the key they were encrypted with (see README)."},
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:restored", ExitCodes.FAILED_LINE, "2:invalid arguments, a damaged or "
        + "unreadable backup (the file is named), a backup from a newer release, or a database "
        + "with rows and no --replace; the database was not touched"})
final class RestoreCommand implements Callable<Integer> {
  @Mixin
  OneShotOptions options;

  @Option(names = "--replace", description = "replace the rows the database holds")
  boolean replace;

  @Parameters(paramLabel = "DIR", description = "the backup directory (backup-...)")
  Path backup;

  @Override
  public Integer call() {
    var settings = options.load();
    try (BackupTool tool = BackupTool.start(settings)) {
      long start = System.nanoTime();
      BackupStore.Restored restored = tool.backups().restore(backup, replace,
          BackupProgressBar.forConsole());
      System.out.printf(Locale.ROOT, "restore: %,d rows from %s (snapshot %s, schema version %s) "
          + "in %.1f s; the schema is now at version %s%n", restored.rows(),
          restored.from().name(), restored.from().snapshotTime(), restored.from().schemaVersion(),
          (System.nanoTime() - start) / 1e9, restored.schemaVersionNow());
      return ExitCodes.OK;
    } catch (BackupRefused refused) {
      System.err.println("restore: " + refused.getMessage());
      return ExitCodes.USAGE;
    }
  }
}
