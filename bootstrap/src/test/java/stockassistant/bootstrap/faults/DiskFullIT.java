package stockassistant.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.testing.Await;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.bootstrap.database.DatabaseRuntime;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.HttpProbe;
import stockassistant.bootstrap.support.SmallDisk;

/**
 * The embedded default on a 300 MB disk, shipped settings: {@code serve} runs (in this JVM) and
 * {@code ./stock-assistant import} (the jar, another process, as a user runs it) fills the disk.
 * The import exits 1 naming the disk, the data directory and the rows stored; reads go on; a
 * write over HTTP answers 507; once space is freed a second import completes.
 */
class DiskFullIT {
  private static final Path TARGET = Path.of(System.getProperty("user.dir"), "target");
  private static final Path JAR = TARGET.resolve("stock-assistant.jar");
  private static SmallDisk disk;
  private static Service service;
  private static EmbeddedPostgresServer server;
  private static Path dataDir;

  @BeforeAll
  static void start() throws Exception {
    disk = SmallDisk.mount(TARGET.resolve("small-disk"), 300);
    dataDir = disk.path().resolve("data");
    service = DefaultService.embeddedIn(dataDir);
    server = service.injector().getInstance(DatabaseRuntime.class).embedded().orElseThrow();
  }

  @AfterAll
  static void stop() throws Exception {
    if (service != null) {
      service.close();
    }
    if (disk != null) {
      disk.close();
    }
  }

  @Test
  void anImportThatFillsTheDiskSaysSoAndTheServiceKeepsReading() throws Exception {
    int port = service.port();
    // the background checks (migrations, storage) report their first result shortly after start
    HttpResponse<String> ready = HttpProbe.get(port, "/health/ready");
    for (int tries = 0; ready.statusCode() != 200 && tries < 100; tries++) {
      Thread.sleep(100);
      ready = HttpProbe.get(port, "/health/ready");
    }
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(ready.body()).as("300 MB is under the default STOCK_DISK_MIN_FREE_MB")
        .contains("\"status\":\"DEGRADED\"").contains("STOCK_DISK_MIN_FREE_MB");
    // leave ~70 MB to fill: a ballast file, deleted later to free space
    Path ballast = disk.path().resolve("ballast");
    fill(ballast, Files.getFileStore(disk.path()).getUsableSpace() / 1048576 - 70);
    Path big = bars(TARGET.resolve("disk-full-bars.csv"), 1_500_000, "600000.SH");

    long started = System.nanoTime();
    Run first = importFile(big);
    double seconds = (System.nanoTime() - started) / 1e9;
    // a PANIC on a WAL write restarts the server (with the space reserve given back): reads
    // are answered again once it is up
    long waitedForReads = System.nanoTime();
    HttpResponse<String> read = awaitRead(port, Duration.ofSeconds(30));
    double readsBackAfter = (System.nanoTime() - waitedForReads) / 1e9;
    long stored = rows();
    Matcher said = Pattern.compile("(\\d+) row\\(s\\) were stored").matcher(first.err());
    HttpResponse<String> write = HttpProbe.send(port, "POST", "/api/v1/quotes/daily",
        barsJson(2_000));
    Figures.record("disk-full", String.format("embedded on a 300 MB tmpfs, ~70 MB left; import "
        + "of 1.5 M rows: exit %d after %.1f s, %d rows stored; it said: %s; reads answered %.1f s "
        + "after the import ended (%d); a write then: %d %s; restarts %s", first.exit(), seconds,
        stored, first.err().strip(), readsBackAfter, read.statusCode(), write.statusCode(),
        write.body(), service.injector().getInstance(com.codahale.metrics.MetricRegistry.class)
            .counter("embedded.postgres.restarts").getCount()));

    assertThat(first.exit()).as(first.all()).isEqualTo(1);
    assertThat(first.err()).contains("out of disk space").contains("tmpfs")
        .contains(server.dataDirectory().toString());
    assertThat(said.find()).as(first.err()).isTrue();
    assertThat(Long.parseLong(said.group(1))).as("the rows the import says it stored")
        .isEqualTo(stored);
    assertThat(stored).as("some batches went in before the disk filled").isPositive()
        .isLessThan(1_500_000);
    assertThat(read.statusCode()).as("reads keep answering: " + read.body()).isEqualTo(200);
    assertThat(write.statusCode()).as(write.body()).isEqualTo(507);
    assertThat(write.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    // 53100 while the disk fills; read-only (25006) once the server came back after a PANIC
    assertThat(write.body()).contains("disk").doesNotContain(disk.path().toString())
        .doesNotContain("pg_wal").doesNotContain("base/");

    Files.delete(ballast);
    Await.until("writes are taken again", Duration.ofSeconds(15), () -> !HttpProbe.get(port,
        "/health/ready").body().contains("\"writes_refused\":true"));
    Run second = importFile(bars(TARGET.resolve("disk-full-more.csv"), 20_000, "000001.SZ"));
    assertThat(second.exit()).as(second.all()).isZero();
    assertThat(rows()).isEqualTo(stored + 20_000);
  }

  private static HttpResponse<String> awaitRead(int port, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    HttpResponse<String> read = HttpProbe.get(port, "/api/v1/quotes/latest-trade-date");
    while (read.statusCode() != 200 && System.nanoTime() < deadline) {
      Await.pause(Duration.ofMillis(200));
      read = HttpProbe.get(port, "/api/v1/quotes/latest-trade-date");
    }
    return read;
  }

  private static long rows() throws Exception {
    try (var connection = TestDatabase.connect(server);
        var result = connection.createStatement().executeQuery("SELECT count(*) FROM stock_daily")) {
      result.next();
      return result.getLong(1);
    }
  }

  /** {@code rows} bars of distinct days for one code (no duplicate keys: rows stored = rows). */
  private static Path bars(Path file, int rows, String code) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("ts_code,trade_date,open,high,low,close,pre_close,change,pct_chg,vol,amount\n");
      LocalDate day = LocalDate.of(1000, 1, 1);
      for (int i = 0; i < rows; i++) {
        out.write(code + "," + day.plusDays(i).toString().replace("-", "")
            + ",10.1,10.9,9.8,10.5,10.2,0.3,2.94,123456.78,98765432.1\n");
      }
    }
    return file;
  }

  private static String barsJson(int rows) {
    var body = new StringBuilder("[");
    for (int i = 0; i < rows; i++) {
      body.append(i == 0 ? "" : ",").append("{\"third_code\":\"600519.SH\",\"trade_date\":\"")
          .append(LocalDate.of(1900, 1, 1).plusDays(i)).append("\",\"close\":1.5}");
    }
    return body.append(']').toString();
  }

  private static void fill(Path file, long megabytes) throws IOException {
    byte[] block = new byte[1024 * 1024];
    try (var out = Files.newOutputStream(file)) {
      for (long i = 0; i < megabytes; i++) {
        out.write(block);
      }
    }
  }

  private static Run importFile(Path file) throws Exception {
    var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-jar", JAR.toString(), "import", file.toString()));
    var builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    for (String key : new HashMap<>(environment).keySet()) {
      if (key.startsWith("DATABASE_") || key.startsWith("POSTGRES_") || key.startsWith("DB_")
          || key.startsWith("STOCK_")) {
        environment.remove(key);
      }
    }
    environment.put("STOCK_DATA_DIR", dataDir.toString());
    Path out = Files.createTempFile("import-out", ".txt");
    Path err = Files.createTempFile("import-err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("import did not finish: " + Files.readString(err));
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  record Run(int exit, String out, String err) {
    String all() {
      return out + err;
    }
  }
}
