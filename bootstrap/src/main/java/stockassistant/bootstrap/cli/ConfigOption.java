package stockassistant.bootstrap.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.config.SettingSources;
import stockassistant.bootstrap.logging.Logging;

/** {@code --config FILE}, shared by every subcommand. */
public final class ConfigOption {
  @Option(names = "--config", paramLabel = "FILE",
      description = "a properties file of settings (lower-dotted keys, e.g. db.pool.max.size); "
          + "a .env file and the environment override it")
  Path file;

  public AppConfig load() {
    AppConfig config = AppConfig.from(SettingSources.fromProcess(file));
    Logging.useFormat(config.logFormat());
    return config;
  }
}
