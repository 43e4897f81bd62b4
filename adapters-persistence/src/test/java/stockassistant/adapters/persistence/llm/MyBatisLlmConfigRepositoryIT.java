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
    LlmConfig stored = write(() -> configs.upsert(anLlmConfig().alias("deepseek").apiKey("sk-abcdefgh12345678")
        .priority(1).tags(List.of("chat", "中文")).active(true).build()));

    assertThat(stored.apiKey().reveal()).isEqualTo("sk-abcdefgh12345678");
    assertThat(stored.tags()).containsExactly("chat", "中文");
    assertThat(stored.createdAt()).isNotNull();
    assertThat(read(() -> configs.find("deepseek"))).contains(stored);
  }

  @Test
  void updateKeepsCreatedAtAndMovesUpdatedAt() {
    LlmConfig created = write(() -> configs.upsert(anLlmConfig().alias("qwen").priority(5).build()));
    LlmConfig updated = write(() -> configs.upsert(anLlmConfig().alias("qwen").priority(2).tags(null).active(null).build()));

    assertThat(updated.priority()).isEqualTo(2);
    assertThat(updated.tags()).isNull();
    assertThat(updated.isActive()).isNull();
    assertThat(updated.createdAt()).isEqualTo(created.createdAt());
    assertThat(updated.updatedAt()).isAfter(created.updatedAt());
    assertThat(TestDatabase.count("SELECT count(*) FROM llm_configs")).isEqualTo(1);
  }

  @Test
  void listsByPriorityThenAlias() {
    write(() -> configs.upsert(anLlmConfig().alias("zeta").priority(1).build()));
    write(() -> configs.upsert(anLlmConfig().alias("alpha").priority(2).build()));
    write(() -> configs.upsert(anLlmConfig().alias("beta").priority(1).build()));
    write(() -> configs.upsert(anLlmConfig().alias("none").priority(null).build()));

    assertThat(read(() -> configs.list())).extracting(LlmConfig::alias)
        .containsExactly("beta", "zeta", "alpha", "none");
  }

  @Test
  void deleteReportsWhetherTheAliasExisted() {
    write(() -> configs.upsert(anLlmConfig().alias("gone").build()));

    assertThat(write(() -> configs.delete("gone"))).isTrue();
    assertThat(write(() -> configs.delete("gone"))).isFalse();
    assertThat(read(() -> configs.find("gone"))).isEmpty();
  }

  @Test
  void emptyTagListStaysEmptyNotNull() {
    assertThat(write(() -> configs.upsert(anLlmConfig().alias("t").tags(List.of()).build())).tags()).isEmpty();
  }
}
