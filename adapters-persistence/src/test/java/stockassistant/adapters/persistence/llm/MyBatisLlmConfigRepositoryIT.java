package stockassistant.adapters.persistence.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static stockassistant.domain.testdata.LlmConfigBuilder.anLlmConfig;

import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.DatabaseTest;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.domain.llm.LlmConfig;

class MyBatisLlmConfigRepositoryIT extends DatabaseTest {
  private final MyBatisLlmConfigRepository configs = persistence.llmConfigs();


  @Test
  void upsertStoresEveryFieldAndStampsTimes() {
    LlmConfig stored = configs.upsert(anLlmConfig().alias("deepseek").apiKey("sk-abcdefgh12345678")
        .priority(1).tags(List.of("chat", "中文")).active(true).build());

    assertThat(stored.apiKey().reveal()).isEqualTo("sk-abcdefgh12345678");
    assertThat(stored.tags()).containsExactly("chat", "中文");
    assertThat(stored.createdAt()).isNotNull();
    assertThat(configs.find("deepseek")).contains(stored);
  }

  @Test
  void updateKeepsCreatedAtAndMovesUpdatedAt() throws InterruptedException {
    LlmConfig created = configs.upsert(anLlmConfig().alias("qwen").priority(5).build());
    Thread.sleep(20);
    LlmConfig updated = configs.upsert(anLlmConfig().alias("qwen").priority(2).tags(null).active(null).build());

    assertThat(updated.priority()).isEqualTo(2);
    assertThat(updated.tags()).isNull();
    assertThat(updated.isActive()).isNull();
    assertThat(updated.createdAt()).isEqualTo(created.createdAt());
    assertThat(updated.updatedAt()).isAfter(created.updatedAt());
    assertThat(TestDatabase.count("SELECT count(*) FROM llm_configs")).isEqualTo(1);
  }

  @Test
  void listsByPriorityThenAlias() {
    configs.upsert(anLlmConfig().alias("zeta").priority(1).build());
    configs.upsert(anLlmConfig().alias("alpha").priority(2).build());
    configs.upsert(anLlmConfig().alias("beta").priority(1).build());
    configs.upsert(anLlmConfig().alias("none").priority(null).build());

    assertThat(configs.list()).extracting(LlmConfig::alias)
        .containsExactly("beta", "zeta", "alpha", "none");
  }

  @Test
  void deleteReportsWhetherTheAliasExisted() {
    configs.upsert(anLlmConfig().alias("gone").build());

    assertThat(configs.delete("gone")).isTrue();
    assertThat(configs.delete("gone")).isFalse();
    assertThat(configs.find("gone")).isEmpty();
  }

  @Test
  void emptyTagListStaysEmptyNotNull() {
    assertThat(configs.upsert(anLlmConfig().alias("t").tags(List.of()).build()).tags()).isEmpty();
  }
}
