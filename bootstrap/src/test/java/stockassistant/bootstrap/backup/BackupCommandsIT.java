package stockassistant.bootstrap.backup;

import static stockassistant.bootstrap.support.PackagedJar.run;


import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.bootstrap.support.PackagedJar;
import stockassistant.bootstrap.support.ShippedMigrations;
import stockassistant.bootstrap.support.PackagedJar.Run;

/** backup, backup --verify, restore and doctor, run from the packaged jar as a user runs them. */
class BackupCommandsIT {
  private static final Path JAR = PackagedJar.JAR;

  @TempDir
  Path backups;

  @Test
  void backupVerifyRestoreAndRefuseThroughTheCommandLine() throws Exception {
    Map<String, String> source = database("cli_backup_source");
    assertThat(run(source, "migrate").exitCode()).isZero();
    execute("cli_backup_source", "INSERT INTO stock_info (third_code, symbol, name) VALUES "
        + "('000001.SZ', '000001', '平安银行')",
        "INSERT INTO stock_daily (third_code, trade_date, close) SELECT '000001.SZ', "
            + "date '2000-01-01' + n, n FROM generate_series(1, 5000) n");

    Run backup = run(source, "backup", "--out", backups.toString());
    assertThat(backup.exitCode()).as(backup.all()).isZero();
    // a stock, 5,000 bars and table_version's row
    assertThat(backup.out()).contains("5,002 rows")
        .contains("schema version " + ShippedMigrations.latest())
        .contains("checked: every file matches");
    Path made;
    try (var entries = Files.list(backups)) {
      made = entries.filter(path -> path.getFileName().toString().startsWith("backup-"))
          .findFirst().orElseThrow();
    }

    Run doctor = run(Map.of("DATABASE_URL", source.get("DATABASE_URL"),
        "STOCK_BACKUP_DIR", backups.toString()), "doctor");
    assertThat(doctor.out()).as(doctor.all()).contains("last_good_backup:")
        .contains(made.toString());

    Map<String, String> target = database("cli_backup_target");
    Run restore = run(target, "restore", made.toString());
    assertThat(restore.exitCode()).as(restore.all()).isZero();
    assertThat(restore.out()).contains("5,002 rows")
        .contains("now at version " + ShippedMigrations.latest());
    assertThat(count("cli_backup_target", "SELECT count(*) FROM stock_daily")).isEqualTo(5000);

    Run again = run(target, "restore", made.toString());
    assertThat(again.exitCode()).as(again.all()).isEqualTo(2);
    assertThat(again.err()).contains("not empty").contains("--replace");

    Path file = made.resolve("stock_daily.copy.zst");
    try (var bytes = new RandomAccessFile(file.toFile(), "rw")) {
      bytes.setLength(bytes.length() - 1);
    }
    Run damaged = run(target, "restore", "--replace", made.toString());
    assertThat(damaged.exitCode()).as(damaged.all()).isEqualTo(2);
    assertThat(damaged.err()).contains(file.toString()).contains("truncated");
    assertThat(count("cli_backup_target", "SELECT count(*) FROM stock_daily")).isEqualTo(5000);

    Run verify = run(source, "backup", "--verify", made.toString());
    assertThat(verify.exitCode()).as(verify.all()).isEqualTo(2);
    assertThat(verify.err()).contains(file.toString());
  }

  private static Map<String, String> database(String name) {
    TestDatabase.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    TestDatabase.execute("CREATE DATABASE " + name);
    return Map.of("DATABASE_URL", "postgresql://" + EmbeddedPostgresServer.SUPERUSER + ":"
        + TestDatabase.server().password() + "@127.0.0.1:" + TestDatabase.server().port() + "/"
        + name);
  }

  private static void execute(String database, String... sql) throws Exception {
    try (var connection = connect(database); var statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    }
  }

  private static long count(String database, String sql) throws Exception {
    try (var connection = connect(database); var statement = connection.createStatement();
        var row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static java.sql.Connection connect(String database) throws Exception {
    return java.sql.DriverManager.getConnection(TestDatabase.server().jdbcUrl()
        .replace("/" + EmbeddedPostgresServer.DATABASE, "/" + database),
        EmbeddedPostgresServer.SUPERUSER, TestDatabase.server().password());
  }
}
