package stockassistant.bootstrap.cli;

import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import stockassistant.adapters.persistence.llm.StoredApiKeys;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.adapters.persistence.pool.Direct;
import stockassistant.adapters.persistence.pool.DriverProperties;
import stockassistant.bootstrap.database.DatabaseRuntime;
import stockassistant.bootstrap.security.KeyRotation;

@Command(name = "secrets", mixinStandardHelpOptions = true,
    description = "Manage the key that encrypts LLM API keys at rest (AES-256-GCM).",
    subcommands = {SecretsCommand.Rotate.class},
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:the subcommands were listed", ExitCodes.USAGE_LINE})
final class SecretsCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  @Command(name = "rotate", mixinStandardHelpOptions = true,
      description = "Re-encrypt every stored LLM API key under a new key. With the generated "
          + "key file, a new key is generated and the old one dropped once no row needs it. "
          + "With STOCK_SECRET_KEY, that key is the new one: list the old one in "
          + "STOCK_SECRET_KEY_PREVIOUS for the run. Exits 1 when a key could not be decrypted "
          + "(it is left as it was).",
      exitCodeListHeading = ExitCodes.HEADING,
      exitCodeList = {"0:every stored API key is under the new key",
          "1:failed: a key could not be decrypted (left as it was), or the database refused",
          ExitCodes.USAGE_LINE})
  static final class Rotate implements Callable<Integer> {
    @Mixin
    OneShotOptions config;

    @Override
    public Integer call() throws SQLException {
      AppConfig app = config.load();
      try (DatabaseRuntime database = DatabaseRuntime.start(app)) {
        var stored = new StoredApiKeys(() -> DriverProperties.connect(database.target(), app.pool(),
            Direct.of("secrets")));
        if (!stored.tableExists()) {
          System.err.println("secrets rotate: the schema is missing; run ./stock-assistant migrate");
          return 1;
        }
        KeyRotation.Outcome outcome = KeyRotation.rotate(app.security().keys(), stored);
        System.out.println("secrets rotate: current key " + outcome.currentKeyId() + "; "
            + outcome.resealed() + " API key(s) re-encrypted; rows per key " + outcome.rowsByKeyId()
            + (outcome.retiredKeyIds().isEmpty() ? "" : "; retired key(s) " + outcome.retiredKeyIds()));
        if (!outcome.unreadable().isEmpty()) {
          outcome.unreadable().forEach(row -> System.err.println("secrets rotate: LLM config '"
              + row.alias() + "' was left as it was: its api_key " + row.reason()));
          return 1;
        }
        return 0;
      }
    }
  }
}
