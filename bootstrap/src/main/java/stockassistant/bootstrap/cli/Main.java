package stockassistant.bootstrap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./stock-assistant}: the command line of the service. */
@Command(name = "stock-assistant", mixinStandardHelpOptions = true,
    version = "stock-assistant 0.1.0",
    description = "A-share market data service on PostgreSQL.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:done", ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE,
        "3:import: some rows were not imported; audit: a check found something; sync: done with "
            + "rejected rows (see --help)"},
    subcommands = {ServeCommand.class, MigrateCommand.class, DoctorCommand.class,
        ImportCommand.class, BenchCommand.class, SecretsCommand.class, AuditCommand.class,
        BackupCommand.class, RestoreCommand.class, SyncCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command and returns its exit code; never prints a stack trace. */
  public static int run(String... args) {
    var commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler(new OneLineErrors());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
