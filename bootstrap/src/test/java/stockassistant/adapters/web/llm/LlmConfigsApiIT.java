package stockassistant.adapters.web.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import stockassistant.adapters.web.support.ApiTest;
import stockassistant.adapters.persistence.testing.TestDatabase;

class LlmConfigsApiIT extends ApiTest {
  private static final String SECRET = "sk-live-9f8e7d6c5b4a3210";
  @Test
  void apiKeyIsWriteOnlyAndMaskedEverywhere() {
    var created = http.putJson("/api/v1/llm-configs/deepseek", "{\"vendor\":\"deepseek\",\"provider_type\":\"openai\","
        + "\"model_name\":\"deepseek-chat\",\"api_key\":\"" + SECRET + "\",\"priority\":1,\"tags\":[\"chat\"],\"is_active\":true}");

    assertThat(created.status()).as(created.body()).isEqualTo(200);
    assertThat(created.json().get("api_key").asText()).isEqualTo("sk-****3210");
    assertThat(created.json().get("created_at").asText()).isNotEmpty();
    for (String body : new String[] {created.body(), http.get("/api/v1/llm-configs/deepseek").body(),
        http.get("/api/v1/llm-configs").body(), http.get("/api/v1/llm-configs", "Accept", "text/csv").body()}) {
      assertThat(body).doesNotContain(SECRET).doesNotContain("9f8e7d6c5b4a");
    }
  }

  @Test
  void apiKeyIsRequiredOnCreateAndKeptWhenAbsentOnUpdate() {
    http.putJson("/api/v1/llm-configs/qwen", "{\"vendor\":\"ali\",\"provider_type\":\"openai\",\"model_name\":\"qwen\"}")
        .isProblem(400, "api_key");
    assertThat(TestDatabase.count("SELECT count(*) FROM llm_configs")).isZero();

    http.putJson("/api/v1/llm-configs/qwen", "{\"vendor\":\"ali\",\"provider_type\":\"openai\",\"model_name\":\"qwen\",\"api_key\":\"" + SECRET + "\"}");
    var updated = http.putJson("/api/v1/llm-configs/qwen", "{\"vendor\":\"ali\",\"provider_type\":\"openai\",\"model_name\":\"qwen-max\"}");

    assertThat(updated.json().get("model_name").asText()).isEqualTo("qwen-max");
    assertThat(server.llmConfigs().apiKeyToCall("qwen")).get()
        .extracting(key -> key.reveal()).isEqualTo(SECRET);
    assertThat(TestDatabase.count("SELECT count(*) FROM llm_configs WHERE api_key LIKE 'enc:v1:%'"))
        .isEqualTo(1);
  }

  @Test
  void listsByPriorityAndDeletes() {
    for (String alias : new String[] {"b", "a"}) {
      http.putJson("/api/v1/llm-configs/" + alias, "{\"vendor\":\"v\",\"provider_type\":\"p\",\"model_name\":\"m\","
          + "\"api_key\":\"k-0123456789ab\",\"priority\":" + (alias.equals("a") ? 2 : 1) + "}");
    }
    var items = http.get("/api/v1/llm-configs").json().get("items");
    assertThat(items.get(0).get("alias").asText()).isEqualTo("b");

    assertThat(http.delete("/api/v1/llm-configs/b").status()).isEqualTo(204);
    http.delete("/api/v1/llm-configs/b").isProblem(404, "b");
    http.get("/api/v1/llm-configs/b").isProblem(404, "b");
  }

  @Test
  void badFieldsAreNamed() {
    http.putJson("/api/v1/llm-configs/x", "{\"vendor\":\"v\",\"provider_type\":\"p\",\"model_name\":\"m\",\"api_key\":\"k\",\"priority\":\"1\"}")
        .isProblem(400, "priority");
    http.putJson("/api/v1/llm-configs/x", "{\"vendor\":\"v\",\"provider_type\":\"p\",\"model_name\":\"m\",\"api_key\":\"k\",\"tags\":[1]}")
        .isProblem(400, "tags[0]");
    http.putJson("/api/v1/llm-configs/x", "{\"vendor\":\"v\",\"provider_type\":\"p\",\"model_name\":\"m\",\"api_key\":\"k\",\"is_active\":\"yes\"}")
        .isProblem(400, "is_active");
    assertThat(TestDatabase.count("SELECT count(*) FROM llm_configs")).isZero();
  }
}
