package stockassistant.bootstrap.faults;

import java.util.HashMap;
import java.util.Map;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.config.Settings;
import stockassistant.bootstrap.runtime.Service;

/**
 * The service as the README starts it: only where the database is, a free port and a data
 * directory under target/. Every other setting is the shipped default, so what these tests
 * prove is what users run.
 */
final class DefaultService {
  private DefaultService() {}

  static Service on(DatabaseTarget target) {
    return on(target, Map.of());
  }

  /**
   * The embedded default itself, as a first-time user runs it: no database configured, only
   * where STOCK_DATA_DIR is (the embedded server's files go under it) and a free port.
   */
  static Service embeddedIn(java.nio.file.Path dataDir) {
    return Service.start(AppConfig.from(new Settings(Map.of(
        "STOCK_DATA_DIR", dataDir.toString(), "HTTP_PORT", "0"))));
  }

  /** As above, plus the settings a feature needs ({@code DATABASE_READ_URL}, say); no others. */
  static Service on(DatabaseTarget target, Map<String, String> feature) {
    var settings = new HashMap<String, String>();
    settings.put("DATABASE_URL", target.jdbcUrl());
    if (target.username() != null) {
      settings.put("POSTGRES_USER", target.username());
    }
    if (target.password() != null && !target.password().isEmpty()) {
      settings.put("POSTGRES_PASSWORD", target.password());
    }
    settings.put("HTTP_PORT", "0");
    // where its key files go: under target/, never the user's ~/.stock-assistant
    settings.put("STOCK_DATA_DIR", TestConfigs.dataDirectory().toString());
    settings.putAll(feature);
    return Service.start(AppConfig.from(new Settings(settings)));
  }
}
