package stockassistant.bootstrap.security;

import java.sql.SQLException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.persistence.llm.StoredApiKeys;
import stockassistant.adapters.persistence.secrets.KeyRingSource;

/**
 * The start-up step that encrypts LLM API keys still stored in clear, and says which stored
 * keys cannot be decrypted. It runs at every start rather than once as a Flyway migration: a row
 * may arrive in clear after the schema moved on (written by an older instance during a rolling
 * upgrade, restored from an old dump, inserted by hand), Flyway's SQL cannot encrypt with a key
 * held by the JVM, and the migrations (run with DATABASE_MIGRATION_URL where one is set) should
 * not need the data key at all. It is idempotent and reads a handful of rows.
 */
public final class ApiKeySealing {
  private static final Logger log = LoggerFactory.getLogger(ApiKeySealing.class);

  private final StoredApiKeys stored;
  private final KeyRingSource keys;

  public ApiKeySealing(StoredApiKeys stored, KeyRingSource keys) {
    this.stored = stored;
    this.keys = keys;
  }

  /** Never fails the start: a database that is down now is sealed at the next start. */
  public void sealClearKeys() {
    try {
      if (!stored.tableExists()) {
        return;
      }
      var report = stored.pass(keys.keyRing(), StoredApiKeys.Scope.CLEAR_ROWS);
      if (report.resealed() > 0) {
        log.info("Encrypted {} LLM API key(s) that were stored in clear, under key {}",
            report.resealed(), keys.keyRing().requireCurrent().id());
      }
      if (!report.unreadable().isEmpty()) {
        log.warn("{} LLM config(s) have an API key that cannot be decrypted with the configured "
            + "keys: {}. Restore STOCK_SECRET_KEY or STOCK_DATA_DIR/{}, or PUT a new api_key; "
            + "./stock-assistant doctor lists them", report.unreadable().size(),
            report.unreadable().stream().map(row -> row.alias() + " (key " + row.keyId() + ")")
                .collect(Collectors.joining(", ")), SecretKeySettings.KEY_FILE);
      }
    } catch (SQLException | RuntimeException failure) {
      log.warn("Could not check llm_configs for API keys stored in clear (tried again at the "
          + "next start): {}", firstLine(failure));
    }
  }

  private static String firstLine(Exception failure) {
    String message = failure.getMessage();
    return message == null ? failure.getClass().getSimpleName() : message.lines().findFirst().orElse("");
  }
}
