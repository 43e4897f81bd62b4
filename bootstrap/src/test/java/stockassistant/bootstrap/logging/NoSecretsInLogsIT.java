package stockassistant.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.resilience.ResilienceSettings;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.config.Settings;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.HttpProbe;
import stockassistant.bootstrap.support.PasswordRole;

/**
 * A full request cycle with everything secret in play — a database password, a bearer token, an
 * LLM API key, a failed login with a wrong password — and not one of them in any log line.
 */
class NoSecretsInLogsIT {
  private static final String DB_PASSWORD = "Db-Pw-7f3a9c";
  private static final String WRONG_PASSWORD = "Wrong-Pw-1e5b2d";
  private static final String TOKEN = "Api-Token-5d2e8b";
  private static final String API_KEY = "sk-live-SuperSecretKey0042";

  @Test
  void noPasswordTokenOrApiKeyAppearsInTheLogs() throws Exception {
    PasswordRole.create(TestDatabase.server(), "quant", DB_PASSWORD);
    PrintStream originalErr = System.err;
    var captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    Logging.reload();
    try {
      var settings = new HashMap<String, String>();
      settings.put("DATABASE_URL", "postgresql://quant:" + DB_PASSWORD + "@127.0.0.1:"
          + TestDatabase.server().port() + "/stock_assistant");
      settings.put("HTTP_PORT", "0");
      settings.put("STOCK_DATA_DIR", TestConfigs.dataDirectory().toString());
      settings.put("STOCK_API_TOKEN", TOKEN);
      settings.put("MIGRATE_ON_START", "false");
      try (Service service = Service.start(AppConfig.from(new Settings(settings)))) {
        int port = service.port();
        HttpProbe.send(port, "PUT", "/api/v1/llm-configs/leaky", "{\"vendor\":\"v\",\"provider_type\":\"p\","
            + "\"model_name\":\"m\",\"api_key\":\"" + API_KEY + "\"}", "Authorization", "Bearer " + TOKEN);
        HttpProbe.send(port, "PUT", "/api/v1/llm-configs/leaky", "{\"api_key\":\"" + API_KEY + "\"}",
            "Authorization", "Bearer " + TOKEN + "-wrong");
        HttpProbe.get(port, "/api/v1/llm-configs/leaky");
        HttpProbe.get(port, "/api/v1/llm-configs");
      }
      var wrongLogin = AppConfig.from(new Settings(settings)).pool().forTarget(
          "jdbc:postgresql://127.0.0.1:" + TestDatabase.server().port() + "/stock_assistant?password="
              + WRONG_PASSWORD, "quant", WRONG_PASSWORD);
      try (Persistence persistence = Persistence.open(wrongLogin, ResilienceSettings.defaults(), null)) {
        persistence.llmConfigs().list();
      } catch (RuntimeException expected) {
        org.slf4j.LoggerFactory.getLogger("test").warn("login failed", expected);
      }
    } finally {
      System.setErr(originalErr);
      Logging.reload();
    }

    String logs = captured.toString(StandardCharsets.UTF_8);
    assertThat(logs).as("the capture saw the request log").contains("PUT /api/v1/llm-configs/leaky 200")
        .contains("login failed");
    assertThat(logs).doesNotContain(DB_PASSWORD).doesNotContain(WRONG_PASSWORD)
        .doesNotContain(TOKEN).doesNotContain(API_KEY).doesNotContain("SuperSecretKey");
  }
}
