package stockassistant.bootstrap.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.testing.PgBouncer;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.config.Settings;

/** What doctor says about a PgBouncer (transaction mode) in front of the database. */
class PoolerDiagnosisIT {
  private static PgBouncer bouncer;

  @BeforeAll
  static void startPgBouncer() {
    bouncer = PgBouncer.inFrontOf(TestDatabase.server(), 2);
  }

  @AfterAll
  static void stopPgBouncer() {
    if (bouncer != null) {
      bouncer.close();
    }
  }

  @Test
  void aTransactionPoolerWithoutDbPoolerIsSeenAndTheSettingNamed() {
    var report = new LinkedHashMap<String, Object>();

    String failure = diagnose(bouncer.target(), Map.of(), report);

    assertThat(failure).contains("pools by transaction").contains("set DB_POOLER=pgbouncer-transaction");
    assertThat(pooler(report)).containsEntry("seen", true).containsEntry("pools_transactions", true);
  }

  @Test
  void aTransactionPoolerWithDbPoolerAndADirectMigrationUrlFits() {
    var report = new LinkedHashMap<String, Object>();

    String failure = diagnose(bouncer.target(), Map.of("DB_POOLER", "pgbouncer-transaction",
        "DATABASE_MIGRATION_URL", TestDatabase.target(TestDatabase.server()).jdbcUrl()), report);

    assertThat(failure).isNull();
    assertThat(pooler(report)).containsEntry("seen", true).containsEntry("note", "the settings fit the pooler");
    assertThat(report).containsKey("migration_target").containsKey("rows");
  }

  @Test
  void aTransactionPoolerWithoutAMigrationUrlFailsNamingIt() {
    String failure = diagnose(bouncer.target(), Map.of("DB_POOLER", "pgbouncer-transaction"),
        new LinkedHashMap<>());

    assertThat(failure).contains("DATABASE_MIGRATION_URL");
  }

  @Test
  void aMigrationUrlThroughThePoolerFails() {
    String failure = diagnose(bouncer.target(), Map.of("DB_POOLER", "pgbouncer-transaction",
        "DATABASE_MIGRATION_URL", bouncer.target().jdbcUrl()), new LinkedHashMap<>());

    assertThat(failure).contains("DATABASE_MIGRATION_URL goes through a pooler too");
  }

  @Test
  void aDirectConnectionShowsNoPooler() {
    var report = new LinkedHashMap<String, Object>();

    String failure = diagnose(TestDatabase.target(TestDatabase.server()), Map.of(), report);

    assertThat(failure).isNull();
    assertThat(pooler(report)).containsEntry("seen", false).containsEntry("note", "direct connection");
  }

  private static String diagnose(DatabaseTarget target, Map<String, String> more,
      Map<String, Object> report) {
    var values = new HashMap<>(more);
    values.put("DATABASE_URL", target.jdbcUrl());
    values.put("POSTGRES_USER", target.username());
    values.put("POSTGRES_PASSWORD", target.password());
    AppConfig config = AppConfig.from(new Settings(values));
    return new DatabaseDiagnosis(config.database().orElseThrow(), config).run(report);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> pooler(Map<String, Object> report) {
    return (Map<String, Object>) report.get("pooler");
  }
}
