package stockassistant.bootstrap;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.config.Settings;

/** Settings pointing at the test database, plus whatever a test adds. */
public final class TestConfigs {
  private TestConfigs() {}

  public static AppConfig onTestDatabase(Map<String, String> extra) {
    var values = new HashMap<String, String>();
    values.put("DATABASE_URL", TestDatabase.server().jdbcUrl());
    values.put("POSTGRES_USER", "postgres");
    values.put("POSTGRES_PASSWORD", TestDatabase.server().password());
    values.put("STOCK_DATA_DIR", dataDirectory().toString());
    values.put("HTTP_PORT", "0");
    values.putAll(extra);
    return AppConfig.from(new Settings(values));
  }

  /** STOCK_DATA_DIR for tests: under target/, never the user's ~/.stock-assistant. */
  public static Path dataDirectory() {
    return Path.of(System.getProperty("user.dir"), "target", "test-data-dir");
  }
}
