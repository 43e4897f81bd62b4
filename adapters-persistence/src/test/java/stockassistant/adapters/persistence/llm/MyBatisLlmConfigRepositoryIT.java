package stockassistant.adapters.persistence.llm;

import stockassistant.domain.transaction.Db;
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
    LlmConfig stored = write(db -> configs.upsert(db, anLlmConfig().alias("deepseek").apiKey("sk-abcdefgh12345678")
        .priority(1).tags(List.of("chat", "中文")).active(true).build()));

    assertThat(stored.apiKey().reveal()).isEqualTo("sk-abcdefgh12345678");
    assertThat(stored.tags()).containsExactly("chat", "中文");
    assertThat(stored.createdAt()).isNotNull();
    assertThat(read((Db db) -> configs.find(db, "deepseek"))).contains(stored);
  }

  @Test
  void updateKeepsCreatedAtAndMovesUpdatedAt() {
    LlmConfig created = write(db -> configs.upsert(db, anLlmConfig().alias("qwen").priority(5).build()));
    LlmConfig updated = write(db -> configs.upsert(db, anLlmConfig().alias("qwen").priority(2).tags(null).active(null).build()));

    assertThat(updated.priority()).isEqualTo(2);
    assertThat(updated.tags()).isNull();
    assertThat(updated.isActive()).isNull();
    assertThat(updated.createdAt()).isEqualTo(created.createdAt());
    assertThat(updated.updatedAt()).isAfter(created.updatedAt());
    assertThat(TestDatabase.count("SELECT count(*) FROM llm_configs")).isEqualTo(1);
  }

  @Test
  void listsByPriorityThenAlias() {
    write(db -> configs.upsert(db, anLlmConfig().alias("zeta").priority(1).build()));
    write(db -> configs.upsert(db, anLlmConfig().alias("alpha").priority(2).build()));
    write(db -> configs.upsert(db, anLlmConfig().alias("beta").priority(1).build()));
    write(db -> configs.upsert(db, anLlmConfig().alias("none").priority(null).build()));

    assertThat(read((Db db) -> configs.list(db))).extracting(LlmConfig::alias)
        .containsExactly("beta", "zeta", "alpha", "none");
  }

  @Test
  void deleteReportsWhetherTheAliasExisted() {
    write(db -> configs.upsert(db, anLlmConfig().alias("gone").build()));

    assertThat(write((Db db) -> configs.delete(db, "gone"))).isTrue();
    assertThat(write((Db db) -> configs.delete(db, "gone"))).isFalse();
    assertThat(read((Db db) -> configs.find(db, "gone"))).isEmpty();
  }

  @Test
  void emptyTagListStaysEmptyNotNull() {
    assertThat(write((Db db) -> configs.upsert(db, anLlmConfig().alias("t").tags(List.of()).build())).tags()).isEmpty();
  }
}
