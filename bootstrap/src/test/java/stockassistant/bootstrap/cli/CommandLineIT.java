package stockassistant.bootstrap.cli;

import static stockassistant.bootstrap.support.PackagedJar.run;


import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.bootstrap.support.PackagedJar;
import stockassistant.bootstrap.support.PackagedJar.Run;
import stockassistant.bootstrap.support.PasswordRole;
import stockassistant.bootstrap.support.ShippedMigrations;

/** The packaged jar, run as a user would run it, in a child process with its own environment. */
class CommandLineIT {
  private static final Path JAR = PackagedJar.JAR;

  @Test
  void migrateThenDoctorOnTheEmbeddedDefaultPersistAcrossStarts() throws Exception {
    Path dataDir = Files.createTempDirectory(Path.of("target"), "cli-embedded-");
    Map<String, String> env = Map.of("STOCK_DATA_DIR", dataDir.toAbsolutePath().toString());

    Run first = run(env, "migrate");
    assertThat(first.exitCode()).as(first.all()).isZero();
    assertThat(first.out()).contains(ShippedMigrations.count() + " migration(s) applied").contains("embedded");
    assertThat(first.err()).as("INFO logs stay off the terminal").doesNotContain(" INFO ");

    Run second = run(env, "migrate", "--verbose");
    assertThat(second.out()).as("the second start sees the first start's schema")
        .contains("0 migration(s) applied").contains("version " + ShippedMigrations.latest());
    assertThat(second.err()).as("--verbose shows them").contains(" INFO ");

    Run doctor = run(env, "doctor");
    assertThat(doctor.exitCode()).as(doctor.all()).isZero();
    assertThat(doctor.out()).contains("PostgreSQL").contains("stock_daily").contains("doctor: OK")
        .contains("pro._DataApi__http_url = \"http://127.0.0.1:").contains("pro.daily(");

    assertThat(dataDir.resolve("postgres/pgdata/postmaster.pid"))
        .as("no postgres process outlives the command").doesNotExist();
  }

  @Test
  void serveOnABusyPortFailsAndLeavesNoPostgresRunning() throws Exception {
    Path dataDir = Files.createTempDirectory(Path.of("target"), "cli-busy-port-");
    try (var busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Run serve = run(Map.of("STOCK_DATA_DIR", dataDir.toAbsolutePath().toString(),
          "HTTP_PORT", String.valueOf(busy.getLocalPort())), "serve");

      assertThat(serve.exitCode()).as(serve.all()).isNotZero();
      assertThat(serve.err()).as("one line that says why").contains(String.valueOf(busy.getLocalPort()));
    }
    Path pgdata = dataDir.resolve("postgres/pgdata").toAbsolutePath();
    assertThat(pgdata.resolve("postmaster.pid")).as("the embedded server was stopped").doesNotExist();
    assertThat(ProcessHandle.allProcesses()
        .filter(process -> process.info().commandLine().orElse("").contains(pgdata.toString())))
        .as("postgres processes on that data directory").isEmpty();
  }

  @Test
  void migrateThenDoctorOnAnExternalDatabaseNeverPrintThePassword() throws Exception {
    TestDatabase.execute("DROP DATABASE IF EXISTS cli_external");
    TestDatabase.execute("CREATE DATABASE cli_external");
    int port = TestDatabase.server().port();
    String password = TestDatabase.server().password();
    Map<String, String> env = Map.of("DATABASE_URL",
        "postgresql://" + EmbeddedPostgresServer.SUPERUSER + ":" + password + "@127.0.0.1:" + port
            + "/cli_external");

    Run migrate = run(env, "migrate");
    Run doctor = run(env, "doctor", "--json");

    assertThat(migrate.exitCode()).as(migrate.all()).isZero();
    assertThat(migrate.out()).contains(ShippedMigrations.count() + " migration(s) applied").contains("127.0.0.1:" + port);
    assertThat(doctor.exitCode()).as(doctor.all()).isZero();
    assertThat(doctor.out()).contains("\"ok\":true").contains("cli_external");
    assertThat(migrate.all() + doctor.all()).doesNotContain(password);
    JsonNode report = new ObjectMapper().readTree(doctor.out());
    for (String figure : new String[] {"/max_connections", "/round_trip_ms/median",
        "/statement_timeout_ms/ours", "/pool/max_size", "/migrations/pending", "/rows/stock_daily"}) {
      assertThat(report.at(figure).isNumber()).as(figure + " in " + doctor.out()).isTrue();
    }
  }

  @Test
  void importOfAMissingFileFailsBeforeAnyDatabaseStarts() throws Exception {
    Path dataDir = Path.of("target").toAbsolutePath().resolve("cli-never-" + System.nanoTime());

    Run missing = run(Map.of("STOCK_DATA_DIR", dataDir.toString()), "import", "/nonexistent.csv");

    assertThat(missing.exitCode()).as(missing.all()).isEqualTo(2);
    assertThat(missing.err()).contains("import: /nonexistent.csv: no such file or directory");
    assertThat(dataDir).as("no data directory was created").doesNotExist();
    assertThat(ProcessHandle.allProcesses()
        .map(process -> process.info().commandLine().orElse(""))
        .filter(line -> line.contains(dataDir.toString())))
        .as("no postgres was started on it").isEmpty();
  }

  @Test
  void importStoresTheGoodRowsAndExitsThreeNamingTheRejectsFile() throws Exception {
    TestDatabase.execute("DROP DATABASE IF EXISTS cli_import");
    TestDatabase.execute("CREATE DATABASE cli_import");
    Map<String, String> env = Map.of("DATABASE_URL", "postgresql://" + EmbeddedPostgresServer.SUPERUSER
        + "@127.0.0.1:" + TestDatabase.server().port() + "/cli_import",
        "POSTGRES_PASSWORD", TestDatabase.server().password());
    Path dir = Files.createTempDirectory(Path.of("target"), "cli-import-");
    Path csv = Files.writeString(dir.resolve("bars.csv"),
        "ts_code,trade_date,close\n000001.SZ,20240102,10.5\n000001.SZ,20240230,10.6\n");

    Run strict = run(env, "import", "--strict", csv.toString());
    Run lenient = run(env, "import", csv.toString());

    assertThat(strict.exitCode()).as(strict.all()).isEqualTo(3);
    assertThat(strict.err()).contains("not imported (--strict)");
    assertThat(lenient.exitCode()).as(lenient.all()).isEqualTo(3);
    assertThat(lenient.err()).contains(csv + ":3: trade_date: is not a real date")
        .contains("1 bad row(s) written to " + dir.resolve("bars.rejects.csv"));
    assertThat(lenient.out()).contains("2 row(s) read, 1 upserted, 1 bad");
    assertThat(dir.resolve("bars.rejects.csv")).hasContent(
        "ts_code,trade_date,close\n000001.SZ,20240230,10.6\n");
  }

  /**
   * Calendar, stocks, suspensions and bars imported from Tushare-named files; the audit exits 0
   * on what is only suspended, 3 once a day goes missing, 2 on bad arguments.
   */
  @Test
  void auditExitsZeroWhenCleanThreeOnAFindingTwoOnBadArguments() throws Exception {
    TestDatabase.execute("DROP DATABASE IF EXISTS cli_audit");
    TestDatabase.execute("CREATE DATABASE cli_audit");
    Map<String, String> env = Map.of("DATABASE_URL", "postgresql://" + EmbeddedPostgresServer.SUPERUSER
        + "@127.0.0.1:" + TestDatabase.server().port() + "/cli_audit",
        "POSTGRES_PASSWORD", TestDatabase.server().password());
    Path dir = Files.createTempDirectory(Path.of("target"), "cli-audit-");
    Path calendar = Files.writeString(dir.resolve("trade_cal.csv"), "exchange,cal_date,is_open,"
        + "pretrade_date\nSSE,20240102,1,\nSSE,20240103,1,20240102\nSSE,20240104,1,20240103\n");
    Path stocks = Files.writeString(dir.resolve("stocks.csv"),
        "ts_code,symbol,name,list_date,list_status\n600000.SH,600000,浦发银行,19991110,L\n");
    Path suspended = Files.writeString(dir.resolve("suspend_d.json"), "{\"fields\":[\"ts_code\","
        + "\"trade_date\",\"suspend_timing\",\"suspend_type\"],\"items\":[[\"600000.SH\","
        + "\"20240103\",null,\"S\"]]}");
    Path bars = Files.writeString(dir.resolve("bars.csv"), "ts_code,trade_date,open,high,low,"
        + "close,pre_close,change,pct_chg,vol,amount,adj_factor\n"
        + "600000.SH,20240102,10,10.2,9.9,10.1,10,0.1,1,100,101,1\n"
        + "600000.SH,20240104,10.1,10.3,10,10.2,10.1,0.1,0.99,100,102,1\n");

    Run imported = run(env, "import", calendar.toString(), stocks.toString(),
        suspended.toString(), bars.toString());
    Run clean = run(env, "audit");
    try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:"
            + TestDatabase.server().port() + "/cli_audit", EmbeddedPostgresServer.SUPERUSER,
            TestDatabase.server().password())) {
      connection.createStatement().executeUpdate("DELETE FROM stock_suspension");
    }
    Run missing = run(env, "audit", "--json", "--code", "600000.SH", "--from", "2024-01-01");
    Run badRange = run(env, "audit", "--from", "2024-02-01", "--to", "2024-01-01");
    Run badCode = run(env, "audit", "--code", "600000.XX");

    assertThat(imported.exitCode()).as(imported.all()).isZero();
    assertThat(clean.exitCode()).as(clean.all()).isZero();
    assertThat(clean.out()).contains("suspended, not findings: 1 days of 1 codes")
        .contains("audit: clean");
    assertThat(missing.exitCode()).as(missing.all()).isEqualTo(3);
    var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(missing.out());
    assertThat(report.get("findings").asInt()).isEqualTo(1);
    assertThat(report.at("/checks/0/examples/0/day").asText()).isEqualTo("2024-01-03");
    assertThat(badRange.exitCode()).as(badRange.all()).isEqualTo(2);
    assertThat(badRange.err()).contains("--from");
    assertThat(badCode.exitCode()).as(badCode.all()).isEqualTo(2);
    assertThat(badCode.err()).contains("600000.XX");
  }

  @Test
  void doctorFailsWithOneClearLineWhenTheSchemaIsMissing() throws Exception {
    TestDatabase.execute("DROP DATABASE IF EXISTS cli_empty");
    TestDatabase.execute("CREATE DATABASE cli_empty");
    String password = TestDatabase.server().password();
    Map<String, String> env = Map.of("DATABASE_URL", "jdbc:postgresql://127.0.0.1:"
        + TestDatabase.server().port() + "/cli_empty?user=postgres&password=" + password);

    Run doctor = run(env, "doctor");

    assertThat(doctor.exitCode()).isEqualTo(1);
    assertThat(doctor.err()).contains("doctor: FAILED: the schema is missing")
        .contains("./stock-assistant migrate");
    assertThat(doctor.all()).doesNotContain(password);
  }

  @Test
  void doctorFailsWithOneClearLineOnAWrongPassword() throws Exception {
    PasswordRole.create(TestDatabase.server(), "quant", "Right-Pw-123");
    // doctor fails on API keys it cannot decrypt: other tests' rows were sealed under their keys
    TestDatabase.execute("TRUNCATE llm_configs");
    int port = TestDatabase.server().port();

    Run wrong = run(Map.of("DATABASE_URL", "postgresql://quant:Wrong-Pw-456@127.0.0.1:" + port
        + "/stock_assistant"), "doctor");
    Run right = run(Map.of("DATABASE_URL", "postgresql://quant:Right-Pw-123@127.0.0.1:" + port
        + "/stock_assistant"), "doctor", "--json");

    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.err()).contains("doctor: FAILED: authentication failed");
    assertThat(wrong.all()).doesNotContain("Wrong-Pw-456");
    assertThat(right.exitCode()).as(right.all()).isZero();
    assertThat(right.out()).contains("\"user\":\"quant\"").doesNotContain("Right-Pw-123");
  }

  @Test
  void doctorFailsClearlyWhenTheServerIsUnreachable() throws Exception {
    Run doctor = run(Map.of("DATABASE_URL", "postgresql://u:pw-never-shown@127.0.0.1:1/db",
        "DB_CONNECT_TIMEOUT_MS", "2000"), "doctor");

    assertThat(doctor.exitCode()).isEqualTo(1);
    assertThat(doctor.err()).contains("cannot reach the database server");
    assertThat(doctor.all()).doesNotContain("pw-never-shown").doesNotContain("\tat ");
  }

  @Test
  void secretsRotateReEncryptsEveryKeyAndDoctorNamesWhatAnotherKeyCannotDecrypt() throws Exception {
    TestDatabase.execute("DROP DATABASE IF EXISTS cli_secrets");
    TestDatabase.execute("CREATE DATABASE cli_secrets");
    String url = "jdbc:postgresql://127.0.0.1:" + TestDatabase.server().port() + "/cli_secrets";
    Path dataDir = Files.createTempDirectory(Path.of("target"), "cli-secrets-");
    var env = new HashMap<>(Map.of("DATABASE_URL", url, "POSTGRES_USER", "postgres",
        "POSTGRES_PASSWORD", TestDatabase.server().password(), "STOCK_DATA_DIR", dataDir.toString()));
    assertThat(run(env, "migrate").exitCode()).isZero();
    try (var connection = DriverManager.getConnection(url, "postgres", TestDatabase.server().password())) {
      connection.createStatement().execute("INSERT INTO llm_configs (alias, vendor, provider_type, "
          + "model_name, api_key) VALUES ('legacy', 'v', 'p', 'm', 'sk-live-ClearBeforeRotate-77')");
    }

    Run first = run(env, "secrets", "rotate");
    Run second = run(env, "secrets", "rotate");

    assertThat(first.exitCode()).as(first.all()).isZero();
    assertThat(first.out()).contains("1 API key(s) re-encrypted");
    assertThat(second.exitCode()).as(second.all()).isZero();
    assertThat(second.out()).contains("1 API key(s) re-encrypted").contains("retired key(s)");
    String stored = single(url, "SELECT api_key FROM llm_configs");
    assertThat(stored).startsWith("enc:v1:").doesNotContain("ClearBeforeRotate");

    var otherKey = new HashMap<>(env);
    otherKey.put("STOCK_SECRET_KEY", "Hx9fQ1mX3fN2Yw8lU7kC0pR5sT4vB6zA1dE2gH3jK4o=");
    otherKey.put("STOCK_DATA_DIR", Files.createTempDirectory(Path.of("target"), "cli-other-").toString());
    Run wrongKey = run(otherKey, "doctor");
    otherKey.put("STOCK_SECRET_KEY", "not-a-key-at-all");
    Run malformedKey = run(otherKey, "doctor");
    Run rightKey = run(env, "doctor");

    assertThat(wrongKey.exitCode()).as(wrongKey.all()).isEqualTo(1);
    assertThat(wrongKey.err()).contains("doctor: FAILED: 1 LLM config(s) have an API key that "
        + "cannot be decrypted: legacy").doesNotContain("\tat ");
    assertThat(malformedKey.exitCode()).isEqualTo(2);
    assertThat(malformedKey.err()).contains("invalid setting: STOCK_SECRET_KEY")
        .doesNotContain("not-a-key-at-all");
    assertThat(rightKey.exitCode()).as(rightKey.all()).isZero();
    assertThat(wrongKey.all() + rightKey.all() + first.all() + second.all())
        .doesNotContain("ClearBeforeRotate").doesNotContain("Hx9fQ1mX3fN2");
  }

  @Test
  void refusesADataDirectoryOtherUsersCanWrite() throws Exception {
    Path dataDir = Files.createTempDirectory(Path.of("target"), "cli-open-");
    Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxrwxrwx"));

    Run migrate = run(Map.of("STOCK_DATA_DIR", dataDir.toString()), "migrate");

    assertThat(migrate.exitCode()).isEqualTo(1);
    assertThat(migrate.err()).contains("STOCK_DATA_DIR " + dataDir)
        .contains("writable by other users");
    assertThat(dataDir.resolve("postgres")).doesNotExist();
  }

  private static String single(String url, String sql) throws Exception {
    try (var connection = DriverManager.getConnection(url, "postgres", TestDatabase.server().password());
        var rows = connection.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  @Test
  void migrateAndServeBehindATransactionPoolerRefuseWithoutADirectMigrationUrl() throws Exception {
    Map<String, String> env = Map.of("DATABASE_URL", "postgresql://u:pw-never-shown@127.0.0.1:1/db",
        "DB_POOLER", "pgbouncer-transaction", "HTTP_PORT", "0");

    Run migrate = run(env, "migrate");
    Run serve = run(env, "serve");

    for (Run refused : List.of(migrate, serve)) {
      assertThat(refused.exitCode()).as(refused.all()).isEqualTo(2);
      assertThat(refused.err()).contains("invalid setting: DB_POOLER=pgbouncer-transaction needs "
          + "DATABASE_MIGRATION_URL, a direct connection to the primary");
      assertThat(refused.all()).doesNotContain("pw-never-shown").doesNotContain("\tat ");
    }
  }
}
