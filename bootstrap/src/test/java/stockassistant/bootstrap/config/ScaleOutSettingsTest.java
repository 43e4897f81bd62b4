package stockassistant.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.Pooler;

/** DB_POOLER, DATABASE_MIGRATION_URL, DATABASE_READ_URL and DB_READ_MAX_LAG_MS. */
class ScaleOutSettingsTest {
  private static final String URL = "jdbc:postgresql://bouncer.example:6432/stocks";

  @Test
  void byDefaultThereIsNoPoolerAndMigrationsUseTheDatabaseItself() {
    AppConfig config = config(Map.of("DATABASE_URL", URL));

    assertThat(config.pool().session().pooler()).isEqualTo(Pooler.NONE);
    assertThat(config.pool().session().prepareThreshold()).isEqualTo(5);
    assertThat(config.migrationTarget(config.database().orElseThrow()).jdbcUrl()).isEqualTo(URL);
    assertThat(config.readReplicas().isEmpty()).isTrue();
  }

  @Test
  void behindATransactionPoolerPreparedStatementsAreOff() {
    AppConfig config = config(Map.of("DATABASE_URL", URL, "DB_POOLER", "pgbouncer-transaction"));

    assertThat(config.pool().session().pooler()).isEqualTo(Pooler.PGBOUNCER_TRANSACTION);
    assertThat(config.pool().session().prepareThreshold()).isZero();
  }

  @Test
  void aPreparedStatementThresholdBehindATransactionPoolerIsRefusedNamingBothSettings() {
    assertThatThrownBy(() -> config(Map.of("DATABASE_URL", URL, "DB_POOLER",
        "pgbouncer-transaction", "DB_PREPARE_THRESHOLD", "5")))
        .hasMessageContaining("DB_PREPARE_THRESHOLD must be 0 with DB_POOLER=pgbouncer-transaction");
  }

  @Test
  void anUnknownPoolerIsRefusedListingTheChoices() {
    assertThatThrownBy(() -> config(Map.of("DATABASE_URL", URL, "DB_POOLER", "pgpool")))
        .hasMessage("DB_POOLER must be one of none, pgbouncer-transaction (was pgpool)");
  }

  @Test
  void aPoolerNeedsADatabaseUrl() {
    assertThatThrownBy(() -> config(Map.of("DB_POOLER", "pgbouncer-transaction")))
        .hasMessageContaining("DB_POOLER=pgbouncer-transaction needs DATABASE_URL");
  }

  @Test
  void migrationsBehindATransactionPoolerNeedADirectUrl() {
    AppConfig config = config(Map.of("DATABASE_URL", URL, "DB_POOLER", "pgbouncer-transaction"));

    assertThatThrownBy(() -> config.migrationTarget(config.database().orElseThrow()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs DATABASE_MIGRATION_URL, a direct connection to the primary");
  }

  @Test
  void migrationsUseTheMigrationUrlWithTheSameCredentials() {
    AppConfig config = config(Map.of("DATABASE_URL", URL, "DB_POOLER", "pgbouncer-transaction",
        "DATABASE_MIGRATION_URL", "postgresql://db.example:5432/stocks",
        "POSTGRES_USER", "quant", "POSTGRES_PASSWORD", "pw"));

    DatabaseTarget migrations = config.migrationTarget(config.database().orElseThrow());
    assertThat(migrations.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/stocks");
    assertThat(migrations.username()).isEqualTo("quant");
    assertThat(migrations.password()).isEqualTo("pw");
  }

  @Test
  void aMultiHostReadUrlGivesOneReplicaPerHostAndTheMaxLag() {
    AppConfig config = config(Map.of("DATABASE_URL", URL,
        "DATABASE_READ_URL", "jdbc:postgresql://r1.example:5432,r2.example:5433/stocks",
        "DB_READ_MAX_LAG_MS", "2500"));

    assertThat(config.readReplicas().replicas()).extracting(DatabaseTarget::jdbcUrl).containsExactly(
        "jdbc:postgresql://r1.example:5432/stocks", "jdbc:postgresql://r2.example:5433/stocks");
    assertThat(config.readReplicas().maxLag()).isEqualTo(Duration.ofMillis(2500));
  }

  @Test
  void aLibpqStyleMultiHostUrlIsRefusedWithThePgjdbcForm() {
    assertThatThrownBy(() -> config(Map.of("DATABASE_URL", URL,
        "DATABASE_READ_URL", "postgresql://u:secret@r1:5432,r2:5432/stocks")))
        .hasMessageContaining("DATABASE_READ_URL names several hosts")
        .hasMessageContaining("jdbc:postgresql://host1:5432,host2:5432/db")
        .hasMessageNotContaining("secret");
  }

  private static AppConfig config(Map<String, String> values) {
    return AppConfig.from(new Settings(new HashMap<>(values)));
  }
}
