package stockassistant.adapters.persistence.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.domain.backup.Backup;
import stockassistant.domain.backup.BackupProgress;
import stockassistant.domain.backup.BackupRefused;
import stockassistant.domain.backup.BackupStore;
import stockassistant.adapters.persistence.testing.TestDatabase;

/** Backups and restores on real PostgreSQL: round trips, refusals, older schemas. */
class BackupRestoreIT {
  /** Rows the migrations themselves store (V8: table_version's row for stock_daily). */
  private static final long SEEDED_ROWS = 1;
  @TempDir
  Path backups;

  private static BackupStore store(DatabaseTarget target) {
    return new PgBackupStore(target, TestDatabase.pool(),
        new ScratchDatabases.FlywayMigrations(target));
  }

  private Backup backupOfFilledStore() {
    DatabaseTarget source = ScratchDatabases.migrated("backup_source", null);
    StoreFilling.everyTableAndType(source);
    return store(source).create(backups, BackupProgress.NONE);
  }

  @Test
  void restoreEqualsTheSourceRowForRowInEveryTable() {
    Backup backup = backupOfFilledStore();
    DatabaseTarget source = ScratchDatabases.migrated("backup_source", null);
    // the source was re-made empty: fill it the same way to compare against
    StoreFilling.everyTableAndType(source);
    DatabaseTarget target = ScratchDatabases.fresh("backup_target");

    var restored = store(target).restore(backup.location(), false, BackupProgress.NONE);

    Map<String, String> expected = ScratchDatabases.contents(source);
    assertThat(expected).containsKeys("stock_info", "stock_daily", "stock_finance", "llm_configs",
        "trade_calendar", "stock_suspension");
    assertThat(ScratchDatabases.contents(target)).isEqualTo(expected);
    // the indexes and keys dropped for the load are all back, as they were
    assertThat(ScratchDatabases.indexes(target)).isEqualTo(ScratchDatabases.indexes(source))
        .contains("pk_stock_daily", "ix_trade_calendar_open", "uq_llm_configs_alias");
    assertThat(restored.rows()).isEqualTo(backup.rows()).isEqualTo(14 + SEEDED_ROWS);
    assertThat(restored.schemaVersionNow()).isEqualTo(ScratchDatabases.schemaVersion(source));
    // identity sequences continue after the restored ids
    ScratchDatabases.execute(target, "INSERT INTO stock_info (third_code, symbol, name) "
        + "VALUES ('000002.SZ', '000002', '万科A')");
    assertThat(ScratchDatabases.count(target,
        "SELECT id FROM stock_info WHERE third_code = '000002.SZ'")).isEqualTo(44);
    // the API keys arrive as they were stored: sealed, never opened on the way
    assertThat(ScratchDatabases.contents(target).get("llm_configs"))
        .contains("sealed:v1:AAAAAAAAAAAAAAAA:c2VjcmV0LWJ1dC1lbmNyeXB0ZWQ=");
  }

  @Test
  void aBackupIsListedAndVerifiesWithItsManifest() throws IOException {
    Backup backup = backupOfFilledStore();

    assertThat(backup.name()).startsWith("backup-");
    assertThat(backup.verified()).isFalse();
    Backup checked = store(ScratchDatabases.fresh("backup_target")).verify(backup.location(),
        BackupProgress.NONE);
    assertThat(checked.verified()).isTrue();
    assertThat(store(ScratchDatabases.fresh("backup_target")).list(backups))
        .extracting(Backup::name, Backup::rows, Backup::verified)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(backup.name(), 14L + SEEDED_ROWS,
            true));
    String manifest = Files.readString(backup.location().resolve("manifest.json"));
    assertThat(manifest).contains("\"format\" : 1",
        "\"schema_version\" : \"" + latestVersion() + "\"",
        "\"snapshot_time\"", "\"sha256\"", "\"double precision\"", "stock_daily.copy.zst");
    try (var files = Files.list(backups)) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .containsExactly(backup.name());
    }
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
        backup.location().resolve("stock_daily.copy.zst")))).isEqualTo("rw-------");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
        backup.location()))).isEqualTo("rwx------");
  }

  @Test
  void refusesATargetWithRowsUnlessToldToReplaceThem() {
    Backup backup = backupOfFilledStore();
    DatabaseTarget target = ScratchDatabases.migrated("backup_target", null);
    ScratchDatabases.execute(target, "INSERT INTO stock_info (third_code, symbol, name) "
        + "VALUES ('600519.SH', '600519', '贵州茅台')");
    Map<String, String> before = ScratchDatabases.contents(target);

    assertThatThrownBy(() -> store(target).restore(backup.location(), false, BackupProgress.NONE))
        .isInstanceOf(BackupRefused.class)
        .hasMessageContaining("not empty").hasMessageContaining("stock_info")
        .hasMessageContaining("--replace");
    assertThat(ScratchDatabases.contents(target)).isEqualTo(before);

    store(target).restore(backup.location(), true, BackupProgress.NONE);
    assertThat(ScratchDatabases.count(target,
        "SELECT count(*) FROM stock_info WHERE third_code = '600519.SH'")).isZero();
    assertThat(ScratchDatabases.count(target, "SELECT count(*) FROM stock_info")).isEqualTo(3);
  }

  @Test
  void anAlteredFileIsRefusedByNameAndTheTargetIsUntouched() throws IOException {
    Backup backup = backupOfFilledStore();
    Path file = backup.location().resolve("stock_daily.copy.zst");
    try (var bytes = new RandomAccessFile(file.toFile(), "rw")) {
      bytes.seek(bytes.length() / 2);
      int value = bytes.read();
      bytes.seek(bytes.length() / 2);
      bytes.write(value ^ 0x01);
    }
    assertRefusedAndUntouched(backup, file.toString(), "altered");
    assertThatThrownBy(() -> store(ScratchDatabases.fresh("backup_target"))
        .verify(backup.location(), BackupProgress.NONE))
        .isInstanceOf(BackupRefused.class).hasMessageStartingWith(file.toString());
  }

  @Test
  void aTruncatedFileIsRefusedByName() throws IOException {
    Backup backup = backupOfFilledStore();
    Path file = backup.location().resolve("llm_configs.copy.zst");
    try (var bytes = new RandomAccessFile(file.toFile(), "rw")) {
      bytes.setLength(bytes.length() - 10);
    }
    assertRefusedAndUntouched(backup, file.toString(), "truncated");
    assertThatThrownBy(() -> store(ScratchDatabases.fresh("backup_target"))
        .verify(backup.location(), BackupProgress.NONE))
        .isInstanceOf(BackupRefused.class).hasMessageContaining("truncated");
  }

  @Test
  void aMissingFileIsRefusedByName() throws IOException {
    Backup backup = backupOfFilledStore();
    Path file = backup.location().resolve("stock_info.copy.zst");
    Files.delete(file);
    assertRefusedAndUntouched(backup, file.toString(), "missing");
  }

  @Test
  void aManifestFromTheFutureIsRefused() throws IOException {
    Backup backup = backupOfFilledStore();
    Path manifest = backup.location().resolve("manifest.json");
    String text = Files.readString(manifest);
    Files.writeString(manifest, text.replace("\"format\" : 1", "\"format\" : 2"));
    assertRefusedAndUntouched(backup, manifest.toString(), "format version 2 is newer");

    Files.writeString(manifest, text.replace("\"schema_version\" : \"" + latestVersion() + "\"",
        "\"schema_version\" : \"99\""));
    assertRefusedAndUntouched(backup, manifest.toString(), "schema version 99, newer");

    Files.writeString(manifest, "{\"format\": 1, \"tables\": ");
    assertRefusedAndUntouched(backup, manifest.toString(), "not JSON");

    Files.delete(manifest);
    assertRefusedAndUntouched(backup, manifest.toString(), "missing");
  }

  @Test
  void aFailureWhileReplacingLeavesTheOldRows() throws IOException {
    Backup backup = backupOfFilledStore();
    // the manifest is not under a checksum of its own: a wrong row count passes the first checks
    // and is caught only once stock_daily is loaded, inside the transaction
    Path manifest = backup.location().resolve("manifest.json");
    String text = Files.readString(manifest);
    Files.writeString(manifest, text.replaceFirst("\"rows\" : 3,(\\s+\"bytes\" : \\d+,\\s+\"sha256\" : \"\\w+\"\\s+\\},\\s+\\{\\s+\"name\" : \"stock_finance\")",
        "\"rows\" : 4,$1"));
    assertThat(Files.readString(manifest)).isNotEqualTo(text);
    DatabaseTarget target = ScratchDatabases.migrated("backup_target", null);
    ScratchDatabases.execute(target, "INSERT INTO stock_info (third_code, symbol, name) "
        + "VALUES ('600519.SH', '600519', '贵州茅台')");
    Map<String, String> before = ScratchDatabases.contents(target);

    assertThatThrownBy(() -> store(target).restore(backup.location(), true, BackupProgress.NONE))
        .isInstanceOf(BackupRefused.class).hasMessageContaining("stock_daily.copy.zst")
        .hasMessageContaining("loaded 3 rows where the manifest says 4");
    assertThat(ScratchDatabases.contents(target)).isEqualTo(before);
  }

  @Test
  void aBackupOfTheOlderSchemaRestoresIntoTheCurrentOne() {
    DatabaseTarget source = ScratchDatabases.migrated("backup_source", "2");
    StoreFilling.everyTableAndType(source);
    Map<String, String> sourceRows = ScratchDatabases.contents(source);
    assertThat(sourceRows).doesNotContainKey("trade_calendar");
    Backup backup = store(source).create(backups, BackupProgress.NONE);
    assertThat(backup.schemaVersion()).isEqualTo("2");

    // into an empty database: built at version 2, loaded, migrated on
    DatabaseTarget fresh = ScratchDatabases.fresh("backup_target");
    var restored = store(fresh).restore(backup.location(), false, BackupProgress.NONE);
    assertThat(restored.schemaVersionNow()).isEqualTo(latestVersion());
    Map<String, String> freshRows = ScratchDatabases.contents(fresh);
    assertThat(freshRows).containsEntry("trade_calendar", "0 rows\nnull");
    // the tables of later migrations hold only what those migrations put there
    freshRows.keySet().retainAll(sourceRows.keySet());
    assertThat(freshRows).isEqualTo(sourceRows);

    // into a database already at version 3, holding rows: through the scratch schema
    DatabaseTarget current = ScratchDatabases.migrated("backup_target2", null);
    StoreFilling.everyTableAndType(current);
    ScratchDatabases.execute(current, "DELETE FROM stock_daily WHERE trade_date = '2024-01-03'");
    store(current).restore(backup.location(), true, BackupProgress.NONE);
    Map<String, String> currentRows = ScratchDatabases.contents(current);
    assertThat(currentRows).containsEntry("trade_calendar", "0 rows\nnull");
    currentRows.keySet().retainAll(sourceRows.keySet());
    assertThat(currentRows).isEqualTo(sourceRows);
    assertThat(ScratchDatabases.indexes(current)).isEqualTo(ScratchDatabases.indexes(fresh));
    assertThat(ScratchDatabases.count(current,
        "SELECT count(*) FROM pg_namespace WHERE nspname = 'stock_restore'")).isZero();
    ScratchDatabases.execute(current, "INSERT INTO llm_configs (alias, vendor, provider_type, "
        + "model_name, api_key) VALUES ('new', 'v', 'p', 'm', 'k')");
    assertThat(ScratchDatabases.count(current, "SELECT id FROM llm_configs WHERE alias = 'new'"))
        .isEqualTo(10);
  }

  private void assertRefusedAndUntouched(Backup backup, String subject, String reason) {
    DatabaseTarget target = ScratchDatabases.migrated("backup_target", null);
    ScratchDatabases.execute(target, "INSERT INTO stock_info (third_code, symbol, name) "
        + "VALUES ('600519.SH', '600519', '贵州茅台')");
    Map<String, String> before = ScratchDatabases.contents(target);
    assertThatThrownBy(() -> store(target).restore(backup.location(), true, BackupProgress.NONE))
        .isInstanceOf(BackupRefused.class)
        .hasMessageStartingWith(subject + ": ")
        .hasMessageContaining(reason);
    assertThat(ScratchDatabases.contents(target)).isEqualTo(before);
    assertThat(new String(ScratchDatabases.schemaVersion(target).getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8)).isEqualTo(latestVersion());
  }

  /** The schema version this build's migrations end at. */
  private static String latestVersion() {
    return ScratchDatabases.schemaVersion(ScratchDatabases.migrated("backup_latest", null));
  }
}
