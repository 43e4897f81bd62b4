package stockassistant.adapters.web.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.web.support.ApiServer;
import stockassistant.adapters.web.support.ApiTest;
import stockassistant.domain.backup.Backup;
import stockassistant.domain.backup.BackupProgress;

class BackupsApiIT extends ApiTest {

  @BeforeEach
  void noBackups() throws IOException {
    if (Files.exists(ApiServer.BACKUPS)) {
      try (var files = Files.walk(ApiServer.BACKUPS)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  @Test
  void listsTheBackupsNewestFirstWithTheirCheck() {
    assertThat(http.get("/api/v1/backups").body()).isEqualTo("{\"items\":[]}");
    TestDatabase.execute("INSERT INTO stock_info (third_code, symbol, name) "
        + "VALUES ('000001.SZ', '000001', '平安银行')");
    // every row of every table, as the backup counts them: other tests in this JVM may have left
    // rows in tables no test empties (table_version, the sync's journal)
    long rowsStored = TestDatabase.count("SELECT " + String.join(" + ", java.util.stream.Stream.of(
        "stock_info", "stock_daily", "stock_finance", "llm_configs", "trade_calendar",
        "stock_suspension", "sync_day", "sync_run", "sync_rejected", "table_version")
        .map(table -> "(SELECT count(*) FROM " + table + ")").toList()));
    Backup older = server.backups().create(null, BackupProgress.NONE);
    Backup newer = server.backups().create(null, BackupProgress.NONE);
    server.backups().verify(older.location(), BackupProgress.NONE);

    var answer = http.get("/api/v1/backups");

    assertThat(answer.status()).isEqualTo(200);
    var items = answer.json().get("items");
    assertThat(items).hasSize(2);
    assertThat(items.get(0).get("name").asText()).isEqualTo(newer.name());
    assertThat(items.get(0).get("verified_at").isNull()).isTrue();
    assertThat(items.get(1).get("name").asText()).isEqualTo(older.name());
    assertThat(items.get(1).get("verified_at").asText()).endsWith("Z");
    assertThat(items.get(1).get("rows").asLong()).as("every row of the database")
        .isEqualTo(rowsStored).isGreaterThanOrEqualTo(2);
    assertThat(items.get(1).get("schema_version").asText()).isEqualTo(older.schemaVersion())
        .matches("\\d+");
    assertThat(items.get(1).get("snapshot_time").asText())
        .isEqualTo(older.snapshotTime().toString());
    assertThat(answer.body()).doesNotContain(ApiServer.BACKUPS.toString());
  }
}
