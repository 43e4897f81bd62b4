package stockassistant.bootstrap.logging;

import com.codahale.metrics.MetricRegistry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.llm.StoredApiKeys;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.application.llm.LlmConfigs;
import stockassistant.adapters.persistence.resilience.ResilienceSettings;
import stockassistant.adapters.persistence.secrets.DataKey;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.config.Settings;
import stockassistant.bootstrap.database.DatabaseRuntime;
import stockassistant.bootstrap.observability.JmxPublisher;
import stockassistant.bootstrap.observability.JmxSettings;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.security.KeyFile;
import stockassistant.bootstrap.security.KeyRotation;
import stockassistant.bootstrap.security.SecretKeySettings;
import stockassistant.bootstrap.support.HttpProbe;
import stockassistant.bootstrap.support.PasswordRole;

/**
 * A full request cycle with everything secret in play — a database password, a bearer token, an
 * LLM API key, a failed login with a wrong password, JMX passwords given and generated, the data
 * key given and generated, a rotation, the embedded superuser's generated password — and not one
 * of them in any log line.
 */
class NoSecretsInLogsIT {
  private static final String DB_PASSWORD = "Db-Pw-7f3a9c";
  private static final String WRONG_PASSWORD = "Wrong-Pw-1e5b2d";
  private static final String TOKEN = "Api-Token-5d2e8b";
  private static final String API_KEY = "sk-live-SuperSecretKey0042";
  private static final String JMX_PASSWORD = "Jmx-Pw-3b8e6f";
  private static final String WRONG_JMX_PASSWORD = "Jmx-Wrong-9a2c4d";
  private static final String SECRET_KEY = DataKey.generate().toBase64();

  @Test
  void noPasswordTokenOrApiKeyAppearsInTheLogs() throws Exception {
    PasswordRole.create(TestDatabase.server(), "quant", DB_PASSWORD);
    PrintStream originalErr = System.err;
    var captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    Logging.reload();
    List<String> generated = new ArrayList<>();
    try {
      var settings = new HashMap<String, String>();
      settings.put("DATABASE_URL", "postgresql://quant:" + DB_PASSWORD + "@127.0.0.1:"
          + TestDatabase.server().port() + "/stock_assistant");
      settings.put("HTTP_PORT", "0");
      settings.put("STOCK_DATA_DIR", TestConfigs.dataDirectory().toString());
      settings.put("STOCK_API_TOKEN", TOKEN);
      settings.put("MIGRATE_ON_START", "false");
      settings.put("STOCK_SECRET_KEY", SECRET_KEY);
      int jmxPort = HttpProbe.freePort();
      settings.put("JMX_PORT", String.valueOf(jmxPort));
      settings.put("JMX_PASSWORD", JMX_PASSWORD);
      try (Service service = Service.start(AppConfig.from(new Settings(settings)))) {
        int port = service.port();
        HttpProbe.send(port, "PUT", "/api/v1/llm-configs/leaky", "{\"vendor\":\"v\",\"provider_type\":\"p\","
            + "\"model_name\":\"m\",\"api_key\":\"" + API_KEY + "\"}", "Authorization", "Bearer " + TOKEN);
        HttpProbe.send(port, "PUT", "/api/v1/llm-configs/leaky", "{\"api_key\":\"" + API_KEY + "\"}",
            "Authorization", "Bearer " + TOKEN + "-wrong");
        HttpProbe.get(port, "/api/v1/llm-configs/leaky");
        HttpProbe.get(port, "/api/v1/llm-configs");
        jmxLogin(jmxPort, WRONG_JMX_PASSWORD);
        jmxLogin(jmxPort, JMX_PASSWORD);
      }
      var config = AppConfig.from(new Settings(settings));
      var wrongLogin = new DatabaseTarget(
          "jdbc:postgresql://127.0.0.1:" + TestDatabase.server().port() + "/stock_assistant?password="
              + WRONG_PASSWORD, "quant", WRONG_PASSWORD);
      try (Persistence persistence = Persistence.open(wrongLogin, config.pool(),
          ResilienceSettings.defaults(), config.budgets(), new MetricRegistry())) {
        new LlmConfigs(persistence.llmConfigs(), persistence.unitOfWork()).list();
      } catch (RuntimeException expected) {
        org.slf4j.LoggerFactory.getLogger("test").warn("login failed", expected);
      }
      generated.addAll(embeddedDefaultWithEverythingGenerated());
    } finally {
      System.setErr(originalErr);
      Logging.reload();
    }

    String logs = captured.toString(StandardCharsets.UTF_8);
    assertThat(logs).as("the capture saw the request log").contains("PUT /api/v1/llm-configs/leaky 200")
        .contains("login failed").contains("Remote JMX on").contains("JMX login refused")
        .contains("superuser password in");
    assertThat(logs).doesNotContain(DB_PASSWORD).doesNotContain(WRONG_PASSWORD)
        .doesNotContain(TOKEN).doesNotContain(API_KEY).doesNotContain("SuperSecretKey")
        .doesNotContain(JMX_PASSWORD).doesNotContain(WRONG_JMX_PASSWORD)
        .doesNotContain(SECRET_KEY).doesNotContain(SECRET_KEY.substring(0, 16));
    assertThat(generated).hasSize(4)
        .allSatisfy(secret -> assertThat(logs).doesNotContain(secret.substring(0, 16)));
  }

  /**
   * The embedded default on a fresh STOCK_DATA_DIR, with the JMX password and the data key
   * generated and then rotated; returns what was generated: superuser password, JMX password,
   * the first data key and the one after the rotation.
   */
  private static List<String> embeddedDefaultWithEverythingGenerated() throws Exception {
    Path dataDir = Files.createTempDirectory(Path.of("target"), "no-secrets-");
    int jmxPort = HttpProbe.freePort();
    AppConfig config = AppConfig.from(new Settings(Map.of("STOCK_DATA_DIR", dataDir.toString(),
        "HTTP_PORT", "0", "JMX_PORT", String.valueOf(jmxPort))));
    var secrets = new ArrayList<String>();
    try (Service service = Service.start(config)) {
      HttpProbe.send(service.port(), "PUT", "/api/v1/llm-configs/leaky", "{\"vendor\":\"v\","
          + "\"provider_type\":\"p\",\"model_name\":\"m\",\"api_key\":\"" + API_KEY + "\"}");
      secrets.add(Files.readString(dataDir.resolve("postgres")
          .resolve(EmbeddedPostgresServer.PASSWORD_FILE)).strip());
      String jmxPassword = Files.readString(dataDir.resolve(JmxSettings.PASSWORD_FILE)).strip();
      secrets.add(jmxPassword);
      jmxLogin(jmxPort, jmxPassword);
      var keyFile = new KeyFile(dataDir.resolve(SecretKeySettings.KEY_FILE));
      secrets.add(keyFile.read().get(0).toBase64());
      var target = service.injector().getInstance(DatabaseRuntime.class).target();
      KeyRotation.rotate(config.security().keys(), new StoredApiKeys(() ->
          java.sql.DriverManager.getConnection(target.jdbcUrl(), target.username(), target.password())));
      secrets.add(keyFile.read().get(0).toBase64());
    }
    return secrets;
  }

  private static void jmxLogin(int port, String password) {
    try (JMXConnector connector = JMXConnectorFactory.connect(
        new JMXServiceURL(JmxPublisher.serviceUrl(port)),
        Map.of(JMXConnector.CREDENTIALS, new String[] {"monitor", password}))) {
      connector.getMBeanServerConnection().getMBeanCount();
    } catch (Exception refused) {
      org.slf4j.LoggerFactory.getLogger("test").warn("JMX login refused", refused);
    }
  }
}
