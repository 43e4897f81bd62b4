package stockassistant.application.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import stockassistant.application.fakes.DirectUnitOfWork;
import stockassistant.application.fakes.InMemoryLlmConfigRepository;
import stockassistant.domain.InvalidField;
import stockassistant.domain.llm.ApiKey;
import stockassistant.domain.llm.LlmConfig;

class LlmConfigsTest {
  private final InMemoryLlmConfigRepository repository = new InMemoryLlmConfigRepository();
  private final LlmConfigs configs = new LlmConfigs(repository, new DirectUnitOfWork());

  @Test
  void requiresAnApiKeyOnCreate() {
    assertThatThrownBy(() -> configs.upsert(command("new", null)))
        .isInstanceOf(InvalidField.class).hasMessageContaining("api_key");
    assertThat(repository.list(null)).isEmpty();
  }

  @Test
  void keepsTheStoredKeyWhenAnUpdateOmitsIt() {
    configs.upsert(command("qwen", new ApiKey("sk-first-secret-0001")));
    configs.upsert(command("qwen", null));

    assertThat(configs.apiKeyToCall("qwen")).get().extracting(ApiKey::reveal)
        .isEqualTo("sk-first-secret-0001");
  }

  @Test
  void replacesTheKeyWhenAnUpdateGivesOne() {
    configs.upsert(command("qwen", new ApiKey("sk-first-secret-0001")));
    configs.upsert(command("qwen", new ApiKey("sk-second-secret-02")));

    assertThat(configs.apiKeyToCall("qwen")).get().extracting(ApiKey::reveal)
        .isEqualTo("sk-second-secret-02");
  }

  @Test
  void handsOutConfigsWithTheirKeyWithheldEverywhereButTheVendorCall() {
    LlmConfig stored = configs.upsert(command("qwen", new ApiKey("sk-first-secret-0001")));

    assertThat(stored.apiKey().isHeld()).isFalse();
    assertThat(configs.find("qwen")).get().satisfies(c -> assertThat(c.apiKey().isHeld()).isFalse());
    assertThat(configs.list()).allSatisfy(c -> assertThat(c.apiKey().isHeld()).isFalse());
    assertThat(configs.list().toString()).doesNotContain("first-secret");
    assertThat(configs.find("qwen").get().apiKey().masked()).isEqualTo("sk-****0001");
    assertThat(configs.apiKeyToCall("qwen")).get().extracting(ApiKey::isHeld).isEqualTo(true);
    assertThat(configs.apiKeyToCall("nobody")).isEmpty();
  }

  private static UpsertLlmConfigCommand command(String alias, ApiKey key) {
    return new UpsertLlmConfigCommand(alias, "alibaba", "openai", "qwen-max", key, null, null, 1,
        null, true);
  }
}
