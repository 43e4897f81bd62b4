package stockassistant.bootstrap.cli;

import picocli.CommandLine.Option;
import stockassistant.bootstrap.logging.Logging;

/**
 * {@code --verbose} of the one-shot commands: their output is the result; the INFO logs of
 * starting a database (embedded server, pool, migrations) are noise to it unless asked for.
 */
final class VerboseOption {
  @Option(names = "--verbose", description = "also print INFO logs (database start, migrations) "
      + "to the terminal; warnings and errors are always printed")
  boolean verbose;

  /** Call first, before anything that logs. */
  void apply() {
    Logging.useRootLevel(verbose ? "INFO" : "WARN");
  }
}
