package stockassistant.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.llm.StoredApiKeys;
import stockassistant.adapters.persistence.secrets.DataKey;
import stockassistant.adapters.persistence.secrets.SealedValue;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.application.llm.LlmConfigs;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.doctor.DatabaseDiagnosis;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.HttpProbe;
import stockassistant.domain.llm.ApiKey;
import stockassistant.domain.llm.ApiKeyUnreadable;

/**
 * LLM API keys stored through the real service: sealed in every row a second connection can
 * read, re-sealed by a rotation the running service follows, sealed at start when found in clear,
 * and a wrong key reported rather than crashed on.
 */
class ApiKeysAtRestIT {
  private static final Map<String, String> KEYS = Map.of(
      "deepseek", "sk-live-DeepSeekKey-0a1b2c3d",
      "qwen", "sk-live-QwenKey-4e5f6a7b",
      "moonshot", "ms-MoonshotKey-8c9d0e1f");

  private Path dataDir;

  @BeforeEach
  void freshDataDirectoryAndTables() throws Exception {
    TestDatabase.truncateAll();
    dataDir = Files.createTempDirectory(Path.of("target"), "at-rest-");
  }

  /** Rows sealed under this test's keys would fail doctor for every later test. */
  @AfterEach
  void leaveNoRowSealedUnderAThrowAwayKey() {
    TestDatabase.execute("TRUNCATE llm_configs");
  }

  @Test
  void aPlainSelectOfLlmConfigsHoldsNoKeyInClear() throws Exception {
    try (Service service = Service.start(config(Map.of()))) {
      putAll(service.port());

      String dump = selectStar();
      KEYS.values().forEach(key -> assertThat(dump).doesNotContain(key)
          .doesNotContain(key.substring(8, 20)));
      String currentId = keyFile().read().get(0).id();
      assertThat(storedKeys().values()).hasSize(3)
          .allSatisfy(stored -> assertThat(stored).startsWith("enc:v1:" + currentId + ":"));
      assertThat(HttpProbe.get(service.port(), "/api/v1/llm-configs").body())
          .contains("sk-****2c3d").doesNotContain("DeepSeekKey");
      LlmConfigs configs = service.injector().getInstance(LlmConfigs.class);
      KEYS.forEach((alias, key) ->
          assertThat(configs.apiKeyToCall(alias).map(ApiKey::reveal)).contains(key));
    }
    assertThat(mode(keyFile().path())).isEqualTo("rw-------");
    assertThat(mode(dataDir)).isEqualTo("rwx------");
  }

  @Test
  void rotationLeavesEveryConfigUsableAndNoRowUnderTheOldKey() throws Exception {
    AppConfig config = config(Map.of());
    try (Service service = Service.start(config)) {
      putAll(service.port());
      String oldId = keyFile().read().get(0).id();

      KeyRotation.Outcome outcome = KeyRotation.rotate(config.security().keys(),
          new StoredApiKeys(TestDatabase::connect));

      String newId = outcome.currentKeyId();
      assertThat(newId).isNotEqualTo(oldId);
      assertThat(outcome.resealed()).isEqualTo(3);
      assertThat(outcome.retiredKeyIds()).containsExactly(oldId);
      assertThat(storedKeys().values()).allSatisfy(stored ->
          assertThat(SealedValue.keyIdOf(stored)).isEqualTo(newId));
      assertThat(keyFile().read()).extracting(DataKey::id).containsExactly(newId);
      assertThat(mode(keyFile().path())).isEqualTo("rw-------");

      LlmConfigs configs = service.injector().getInstance(LlmConfigs.class);
      KEYS.forEach((alias, key) -> assertThat(configs.apiKeyToCall(alias).map(ApiKey::reveal))
          .as("the running service follows the key file").contains(key));
      put(service.port(), "late", "sk-live-AfterRotation-99");
      assertThat(SealedValue.keyIdOf(storedKeys().get("late"))).isEqualTo(newId);
    }
    try (Service restarted = Service.start(config)) {
      LlmConfigs configs = restarted.injector().getInstance(LlmConfigs.class);
      KEYS.forEach((alias, key) ->
          assertThat(configs.apiKeyToCall(alias).map(ApiKey::reveal)).contains(key));
    }
  }

  @Test
  void keysFoundInClearAreEncryptedAtStart() throws Exception {
    TestDatabase.execute("INSERT INTO llm_configs (alias, vendor, provider_type, model_name, "
        + "api_key) VALUES ('legacy', 'v', 'p', 'm', 'sk-live-StoredInClear-1234')");

    try (Service service = Service.start(config(Map.of()))) {
      assertThat(storedKeys().get("legacy")).startsWith("enc:v1:");
      assertThat(selectStar()).doesNotContain("StoredInClear");
      assertThat(service.injector().getInstance(LlmConfigs.class).apiKeyToCall("legacy")
          .map(ApiKey::reveal)).contains("sk-live-StoredInClear-1234");
    }
  }

  @Test
  void aWrongSecretKeyIsReportedNotCrashedOn() throws Exception {
    DataKey right = DataKey.generate();
    try (Service service = Service.start(config(Map.of("STOCK_SECRET_KEY", right.toBase64())))) {
      putAll(service.port());
    }
    Map<String, String> before = storedKeys();
    AppConfig wrong = config(Map.of("STOCK_SECRET_KEY", DataKey.generate().toBase64()));

    try (Service service = Service.start(wrong)) {
      HttpResponse<String> list = HttpProbe.get(service.port(), "/api/v1/llm-configs");
      assertThat(list.statusCode()).isEqualTo(200);
      assertThat(list.body()).contains("\"api_key\":\"****\"").doesNotContain("DeepSeekKey");
      assertThat(HttpProbe.get(service.port(), "/api/v1/llm-configs/qwen").statusCode()).isEqualTo(200);
      assertThat(HttpProbe.send(service.port(), "PUT", "/api/v1/llm-configs/qwen",
          "{\"vendor\":\"ali\",\"provider_type\":\"openai\",\"model_name\":\"qwen-max\"}")
          .statusCode()).as("an update without a key still works").isEqualTo(200);
      ApiKey unreadable = service.injector().getInstance(LlmConfigs.class).apiKeyToCall("qwen")
          .orElseThrow();
      assertThatThrownBy(unreadable::reveal).isInstanceOf(ApiKeyUnreadable.class)
          .hasMessageContaining("'qwen'").hasMessageContaining(right.id());
    }
    assertThat(storedKeys()).as("nothing was rewritten under the wrong key").isEqualTo(before);

    var report = new LinkedHashMap<String, Object>();
    String failure = new DatabaseDiagnosis(wrong.database().orElseThrow(), wrong).run(report);
    assertThat(failure).contains("3 LLM config(s) have an API key that cannot be decrypted")
        .contains("deepseek").contains("moonshot").contains("qwen").contains(right.id());
    assertThat(report.get("llm_api_keys_unreadable")).isEqualTo(List.of("deepseek", "moonshot", "qwen"));

    AppConfig fixed = config(Map.of("STOCK_SECRET_KEY", right.toBase64()));
    assertThat(new DatabaseDiagnosis(fixed.database().orElseThrow(), fixed).run(new LinkedHashMap<>()))
        .isNull();
  }

  private AppConfig config(Map<String, String> extra) {
    var values = new LinkedHashMap<>(extra);
    values.put("STOCK_DATA_DIR", dataDir.toString());
    values.put("MIGRATE_ON_START", "false");
    return TestConfigs.onTestDatabase(values);
  }

  private KeyFile keyFile() {
    return new KeyFile(dataDir.resolve(SecretKeySettings.KEY_FILE));
  }

  private static void putAll(int port) {
    KEYS.forEach((alias, key) -> put(port, alias, key));
  }

  private static void put(int port, String alias, String key) {
    HttpResponse<String> response = HttpProbe.send(port, "PUT", "/api/v1/llm-configs/" + alias,
        "{\"vendor\":\"v\",\"provider_type\":\"openai\",\"model_name\":\"m\",\"api_key\":\""
            + key + "\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  /** Every column of every row, as a dump would hold them, read on a connection of its own. */
  private static String selectStar() throws SQLException {
    var text = new StringBuilder();
    try (var connection = TestDatabase.connect();
        ResultSet rows = connection.createStatement().executeQuery("SELECT * FROM llm_configs")) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int column = 1; column <= columns; column++) {
          text.append(rows.getString(column)).append('|');
        }
        text.append('\n');
      }
    }
    return text.toString();
  }

  private static Map<String, String> storedKeys() throws SQLException {
    var keys = new LinkedHashMap<String, String>();
    try (var connection = TestDatabase.connect(); ResultSet rows = connection.createStatement()
        .executeQuery("SELECT alias, api_key FROM llm_configs ORDER BY alias")) {
      while (rows.next()) {
        keys.put(rows.getString(1), rows.getString(2));
      }
    }
    return keys;
  }

  private static String mode(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
