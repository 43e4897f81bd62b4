package stockassistant.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingSourcesTest {
  @TempDir
  Path dir;

  @Test
  void environmentBeatsDotEnvWhichBeatsThePropertiesFile() throws IOException {
    Path properties = dir.resolve("app.properties");
    Files.writeString(properties, "db.pool.max.size=3\nhttp.port=8000\nlog.format=json\n");
    Files.writeString(dir.resolve(".env"), "DB_POOL_MAX_SIZE=5\nHTTP_PORT=8100\n");

    Settings settings = SettingSources.load(properties, dir, Map.of("DB_POOL_MAX_SIZE", "7"));

    assertThat(settings.integer("DB_POOL_MAX_SIZE", 0)).isEqualTo(7);
    assertThat(settings.integer("HTTP_PORT", 0)).isEqualTo(8100);
    assertThat(settings.text("LOG_FORMAT")).contains("json");
  }

  @Test
  void aMissingDotEnvIsFine() {
    assertThat(SettingSources.load(null, dir, Map.of()).text("HTTP_PORT")).isEmpty();
  }

  @Test
  void aMissingConfigFileIsAnError() {
    assertThatThrownBy(() -> SettingSources.load(dir.resolve("nope.properties"), dir, Map.of()))
        .hasMessageContaining("nope.properties");
  }

  @Test
  void aMalformedNumberNamesItsKey() {
    var settings = new Settings(Map.of("DB_POOL_MAX_SIZE", "ten"));
    assertThatThrownBy(() -> AppConfig.from(settings)).hasMessageContaining("DB_POOL_MAX_SIZE");
  }

  @Test
  void poolKnobsReachThePoolSettings() {
    var config = AppConfig.from(new Settings(Map.of("DB_POOL_MAX_SIZE", "4", "DB_POOL_MIN_IDLE", "1",
        "DB_CONNECTION_TIMEOUT_MS", "1500", "DB_STATEMENT_TIMEOUT_MS", "5000", "DB_PREPARE_THRESHOLD", "0")));

    var pool = config.pool();
    assertThat(pool.sizing().maximumPoolSize()).isEqualTo(4);
    assertThat(pool.sizing().minimumIdle()).isEqualTo(1);
    assertThat(pool.timeouts().connectionTimeout().toMillis()).isEqualTo(1500);
    assertThat(pool.timeouts().statementTimeout().toMillis()).isEqualTo(5000);
    assertThat(pool.session().prepareThreshold()).isZero();
  }

  @Test
  void budgetsComeFromTheirSettingsAndHaveDefaults() {
    var config = AppConfig.from(new Settings(Map.of("DB_READ_BUDGET_MS", "2500")));

    assertThat(config.budgets().read().toMillis()).isEqualTo(2500);
    assertThat(config.budgets().write()).isEqualTo(stockassistant.adapters.persistence.session.Budgets.defaults().write());
  }

  @Test
  void leakThresholdsHikariWouldIgnoreAreRefused() {
    assertThatThrownBy(() -> AppConfig.from(new Settings(Map.of("DB_LEAK_DETECTION_MS", "500"))))
        .hasMessageContaining("DB_LEAK_DETECTION_MS");
  }
}
