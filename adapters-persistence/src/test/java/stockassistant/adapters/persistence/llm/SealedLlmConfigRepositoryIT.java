package stockassistant.adapters.persistence.llm;

import stockassistant.domain.transaction.Db;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static stockassistant.domain.testdata.LlmConfigBuilder.anLlmConfig;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.secrets.DataKey;
import stockassistant.adapters.persistence.secrets.KeyRing;
import stockassistant.adapters.persistence.secrets.KeyRingSource;
import stockassistant.adapters.persistence.testing.DatabaseTest;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.domain.llm.ApiKeyUnreadable;
import stockassistant.domain.llm.LlmConfig;

class SealedLlmConfigRepositoryIT extends DatabaseTest {
  private static final String SECRET = "sk-live-AbCdEfGh12345678";
  private final DataKey key = DataKey.generate();
  private final SealedLlmConfigRepository configs = sealedWith(KeyRing.of(key, List.of()));

  @Test
  void storesTheKeySealedAndReadsItBackInClear() {
    LlmConfig stored = write(db -> configs.upsert(db, anLlmConfig().alias("deepseek").apiKey(SECRET).build()));

    assertThat(stored.apiKey().reveal()).isEqualTo(SECRET);
    assertThat(read((Db db) -> configs.find(db, "deepseek")).get().apiKey().reveal()).isEqualTo(SECRET);
    assertThat(TestDatabase.dump("llm_configs")).doesNotContain(SECRET)
        .doesNotContain("AbCdEfGh").contains("enc:v1:" + key.id() + ":");
  }

  @Test
  void anUpdateWithoutAKeyKeepsTheStoredCiphertext() throws Exception {
    write(db -> configs.upsert(db, anLlmConfig().alias("qwen").apiKey(SECRET).build()));
    String before = storedKey("qwen");

    write(db -> configs.upsert(db, anLlmConfig().alias("qwen").apiKey(SECRET).build().withKeyWithheld()));

    assertThat(storedKey("qwen")).isEqualTo(before);
  }

  @Test
  void aKeySealedUnderAnotherDataKeyComesBackUnreadableAndTheListStillWorks() throws Exception {
    write(db -> configs.upsert(db, anLlmConfig().alias("lost").apiKey(SECRET).build()));
    var stranger = sealedWith(KeyRing.of(DataKey.generate(), List.of()));

    List<LlmConfig> listed = read(stranger::list);

    assertThat(listed).singleElement().satisfies(config -> {
      assertThat(config.apiKey().masked()).isEqualTo("****");
    });
    assertThatThrownBy(() -> listed.get(0).apiKey().reveal()).isInstanceOf(ApiKeyUnreadable.class)
        .hasMessageContaining("'lost'").hasMessageContaining(key.id());
    String before = storedKey("lost");
    write(db -> stranger.upsert(db, anLlmConfig().alias("lost").apiKey(SECRET).build().withKeyWithheld()));
    assertThat(storedKey("lost")).as("kept for when the key comes back").isEqualTo(before);
  }

  @Test
  void aRowStillInClearIsReadAsItIsThenSealedByAPass() throws Exception {
    write(db -> persistence.llmConfigs().upsert(db, anLlmConfig().alias("old").apiKey(SECRET).build()));
    assertThat(read((Db db) -> configs.find(db, "old")).get().apiKey().reveal()).isEqualTo(SECRET);

    var report = new StoredApiKeys(TestDatabase::connect).pass(KeyRing.of(key, List.of()),
        StoredApiKeys.Scope.CLEAR_ROWS);

    assertThat(report.resealed()).isEqualTo(1);
    assertThat(storedKey("old")).startsWith("enc:v1:" + key.id() + ":");
    assertThat(read((Db db) -> configs.find(db, "old")).get().apiKey().reveal()).isEqualTo(SECRET);
  }

  @Test
  void aPassReSealsUnderTheCurrentKeyAndNamesWhatItCannotOpen() throws Exception {
    write(db -> configs.upsert(db, anLlmConfig().alias("a").apiKey(SECRET).build()));
    DataKey unknown = DataKey.generate();
    write(db -> sealedWith(KeyRing.of(unknown, List.of())).upsert(db, anLlmConfig().alias("b").apiKey(SECRET).build()));
    DataKey next = DataKey.generate();
    var store = new StoredApiKeys(TestDatabase::connect);

    var report = store.pass(KeyRing.of(next, List.of(key)),
        StoredApiKeys.Scope.EVERY_ROW_UNDER_AN_OLDER_KEY);

    assertThat(report.resealed()).isEqualTo(1);
    assertThat(report.unreadable()).extracting(StoredApiKeys.Unreadable::alias).containsExactly("b");
    assertThat(report.rowsByKeyId()).containsEntry(next.id(), 1).containsEntry(unknown.id(), 1);
    assertThat(read((Db db) -> sealedWith(KeyRing.of(next, List.of())).find(db, "a")).get().apiKey().reveal()).isEqualTo(SECRET);
    assertThat(store.pass(KeyRing.of(next, List.of()), StoredApiKeys.Scope.AUDIT).rowsByKeyId())
        .isEqualTo(report.rowsByKeyId());
  }

  private static SealedLlmConfigRepository sealedWith(KeyRing ring) {
    return new SealedLlmConfigRepository(persistence.llmConfigs(), KeyRingSource.fixed(ring));
  }

  private static String storedKey(String alias) throws SQLException {
    try (var connection = TestDatabase.connect();
        var statement = connection.prepareStatement("SELECT api_key FROM llm_configs WHERE alias = ?")) {
      statement.setString(1, alias);
      try (var rows = statement.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }
}
