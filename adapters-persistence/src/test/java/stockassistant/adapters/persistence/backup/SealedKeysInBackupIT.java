package stockassistant.adapters.persistence.backup;

import com.codahale.metrics.MetricRegistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static stockassistant.domain.testdata.LlmConfigBuilder.anLlmConfig;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.llm.SealedLlmConfigRepository;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.adapters.persistence.resilience.ResilienceSettings;
import stockassistant.adapters.persistence.secrets.DataKey;
import stockassistant.adapters.persistence.secrets.KeyRing;
import stockassistant.adapters.persistence.secrets.KeyRingSource;
import stockassistant.adapters.persistence.session.Budgets;
import stockassistant.domain.backup.Backup;
import stockassistant.domain.backup.BackupProgress;
import stockassistant.domain.llm.ApiKeyUnreadable;
import stockassistant.domain.llm.LlmConfig;
import stockassistant.adapters.persistence.testing.TestDatabase;

/** What README promises of LLM API keys in a backup: sealed in it, opened by the same key only. */
class SealedKeysInBackupIT {
  private static final String SECRET = "sk-live-Backup0123456789";

  @TempDir
  Path backups;

  @Test
  void keysStaySealedInTheBackupAndOpenOnlyWithTheirKey() throws Exception {
    DataKey key = DataKey.generate();
    DatabaseTarget source = ScratchDatabases.migrated("backup_source", null);
    try (Persistence persistence = open(source)) {
      persistence.unitOfWork().write("test.write", db -> sealed(persistence, key)
          .upsert(db, anLlmConfig().alias("deepseek").apiKey(SECRET).build()));
    }
    Backup backup = new PgBackupStore(source, TestDatabase.pool(),
        new ScratchDatabases.FlywayMigrations(source))
        .create(backups, BackupProgress.NONE);
    assertThat(backup.location().resolve("llm_configs.copy.zst")).exists();
    assertThat(ScratchDatabases.contents(source).get("llm_configs")).doesNotContain(SECRET)
        .contains("enc:v1:" + key.id());

    DatabaseTarget target = ScratchDatabases.fresh("backup_target");
    new PgBackupStore(target, TestDatabase.pool(),
        new ScratchDatabases.FlywayMigrations(target))
        .restore(backup.location(), false, BackupProgress.NONE);

    try (Persistence persistence = open(target)) {
      LlmConfig withTheKey = persistence.unitOfWork().read("test.read",
          db -> sealed(persistence, key).find(db, "deepseek")).orElseThrow();
      assertThat(withTheKey.apiKey().reveal()).isEqualTo(SECRET);
      LlmConfig withAnother = persistence.unitOfWork().read("test.read",
          db -> sealed(persistence, DataKey.generate()).find(db, "deepseek")).orElseThrow();
      assertThatThrownBy(withAnother.apiKey()::reveal).isInstanceOf(ApiKeyUnreadable.class);
      assertThat(withAnother.modelName()).isEqualTo(withTheKey.modelName());
    }
  }

  private static SealedLlmConfigRepository sealed(Persistence persistence, DataKey key) {
    return new SealedLlmConfigRepository(persistence.llmConfigs(),
        KeyRingSource.fixed(KeyRing.of(key, List.of())));
  }

  private static Persistence open(DatabaseTarget target) {
    return Persistence.open(target, PoolSettings.defaults(), ResilienceSettings.defaults(),
        Budgets.defaults(), new MetricRegistry());
  }
}
