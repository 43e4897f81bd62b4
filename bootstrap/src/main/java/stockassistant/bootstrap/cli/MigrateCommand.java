package stockassistant.bootstrap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.database.DatabaseRuntime;
import stockassistant.bootstrap.database.Migrations;

@Command(name = "migrate", mixinStandardHelpOptions = true,
    description = "Apply pending schema migrations (Flyway) to the configured database.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:the schema is up to date", ExitCodes.FAILED_LINE,
        ExitCodes.USAGE_LINE})
final class MigrateCommand implements Callable<Integer> {
  @Mixin
  OneShotOptions options;

  @Override
  public Integer call() {
    AppConfig app = options.load();
    try (DatabaseRuntime database = DatabaseRuntime.start(app)) {
      var target = app.migrationTarget(database.target());
      var migrations = new Migrations(target, app.pool());
      int applied = migrations.migrate();
      Migrations.Status status = migrations.status();
      System.out.println("target:   " + target.maskedUrl()
          + (database.isEmbedded() ? "  (embedded, under " + app.dataDirectory() + ")" : ""));
      System.out.println("migrated: " + applied + " migration(s) applied; schema at version "
          + status.currentVersion() + ", " + status.pending() + " pending");
      migrations.distributed().forEach(line -> System.out.println("citus:    " + line));
      return 0;
    }
  }
}
