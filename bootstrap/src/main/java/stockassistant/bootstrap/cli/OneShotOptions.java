package stockassistant.bootstrap.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.logging.Logging;

/**
 * {@code --config} and {@code --verbose} of the one-shot commands (import, migrate, doctor,
 * bench): their output is the result, and the INFO logs of starting a database (embedded
 * server, pool, migrations) are noise to it unless asked for.
 */
final class OneShotOptions {
  @Mixin
  ConfigOption config;

  @Option(names = "--verbose", description = "also print INFO logs (database start, migrations) "
      + "to the terminal; warnings and errors are always printed")
  boolean verbose;

  /** The settings, with the log level set before anything that logs runs. */
  AppConfig load() {
    Logging.useRootLevel(verbose ? "INFO" : "WARN");
    return config.load();
  }
}
