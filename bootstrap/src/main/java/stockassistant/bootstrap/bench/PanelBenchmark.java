package stockassistant.bootstrap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.postgresql.PGConnection;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.Direct;
import stockassistant.adapters.persistence.pool.DriverProperties;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.domain.quote.BarMetric;

/**
 * `bench panel` (issue 22): the full-market panel of one year read over HTTP from a server on
 * the same database, as Arrow, CSV and JSON, beside the fastest way out of PostgreSQL a user
 * knows, {@code psql -c "\copy (SELECT the same rows) TO STDOUT"} (pgjdbc's {@code COPY ... TO
 * STDOUT} when psql is not on the machine: said in the output). Rows/s of each, the ratio to the
 * ceiling, and the server's RSS sampled every 50 ms while it answers.
 *
 * <p>The client side does what a consumer does at least: Arrow's own reader loads every record
 * batch (as pyarrow does); CSV, JSON and psql's output are counted by a scan of the bytes
 * (newlines; objects for JSON), so no format pays for a parser the others do not.
 */
final class PanelBenchmark {
  static final String ARROW = "application/vnd.apache.arrow.stream";
  private static final List<String> PSQL = List.of("/usr/lib/postgresql/15/bin/psql",
      "/usr/lib/postgresql/16/bin/psql", "/usr/lib/postgresql/17/bin/psql", "/usr/bin/psql");

  private final DatabaseTarget target;
  private final PoolSettings pool;
  private final PrintStream out;
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).build();

  PanelBenchmark(DatabaseTarget target, PoolSettings pool, PrintStream out) {
    this.target = target;
    this.pool = pool;
    this.out = out;
  }

  /** One measured read: rows, seconds, bytes and the server's largest RSS meanwhile. */
  record Read(String name, long rows, double seconds, long bytes, long rssMb) {
    double rowsPerSecond() {
      return rows / seconds;
    }
  }

  /** The newest stored day: a panel ends there when no end is given. */
  LocalDate newestDay() throws SQLException {
    try (Connection db = connect(); ResultSet max = db.createStatement()
        .executeQuery("SELECT max(trade_date) FROM stock_daily")) {
      max.next();
      if (max.getDate(1) == null) {
        throw new IllegalStateException("stock_daily is empty: import bars first "
            + "(e.g. shared/bench gen_bars.py, then stock-assistant import)");
      }
      return max.getDate(1).toLocalDate();
    }
  }

  void run(URI base, long serverPid, LocalDate start, LocalDate end, int rounds)
      throws Exception {
    String path = "/api/v1/quotes/daily?codes=all&start=" + start + "&end=" + end;
    String sql = "SELECT third_code, trade_date, " + BarMetric.PRICE_BAR.stream()
        .map(BarMetric::column).collect(Collectors.joining(", "))
        + ", source FROM stock_daily WHERE trade_date BETWEEN '" + start + "' AND '" + end
        + "' ORDER BY third_code, trade_date";
    Path psql = PSQL.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    String ceiling = psql != null ? "psql \\copy" : "pgjdbc COPY TO STDOUT (no psql here)";
    out.printf("bench panel: GET %s%s as Arrow, CSV and JSON vs %s of the same rows:%n  %s%n",
        base, path, ceiling, sql);
    out.printf("  server pid %d; %d round(s) after one warm-up of each; load %s%n", serverPid,
        rounds, load());
    var rss = new RssWatch(serverPid);
    // warm-up: JIT on the server, the page cache on the database
    copy(psql, sql, rss);
    for (String accept : List.of(ARROW, "text/csv", "application/json")) {
      get(base.resolve(path), accept, rss);
    }
    var best = new java.util.LinkedHashMap<String, Read>();
    for (int round = 1; round <= rounds; round++) {
      List<Read> reads = new ArrayList<>();
      reads.add(copy(psql, sql, rss));
      reads.add(get(base.resolve(path), ARROW, rss));
      reads.add(get(base.resolve(path), "text/csv", rss));
      reads.add(get(base.resolve(path), "application/json", rss));
      Read ceilingRead = reads.get(0);
      for (Read read : reads) {
        if (read.rows() != ceilingRead.rows()) {
          throw new IllegalStateException(read.name() + " answered " + read.rows()
              + " rows, the ceiling " + ceilingRead.rows());
        }
        out.printf(Locale.ROOT, "  round %d  %-22s %,10d rows %7.2f s %,12.0f rows/s  %5.2fx"
                + "  %,8d KB  server RSS max %4d MB  load %s%n", round, read.name(), read.rows(),
            read.seconds(), read.rowsPerSecond(),
            read.rowsPerSecond() / ceilingRead.rowsPerSecond(), read.bytes() / 1024,
            read.rssMb(), load());
        best.merge(read.name(), read, (a, b) -> a.seconds() <= b.seconds() ? a : b);
      }
    }
    Read top = best.values().iterator().next();
    out.printf("bench panel: best of %d, vs the ceiling (targets: Arrow >= 0.8x, CSV >= 0.7x, "
        + "JSON >= 0.4x, RSS <= 400 MB):%n", rounds);
    for (Read read : best.values()) {
      out.printf(Locale.ROOT, "  %-22s %,12.0f rows/s  %5.2fx%n", read.name(),
          read.rowsPerSecond(), read.rowsPerSecond() / top.rowsPerSecond());
    }
    out.printf("  server RSS max over the run %d MB; load %s%n", rss.maxOverRun(), load());
  }

  /** The ceiling: psql's \copy to its stdout, read here; pgjdbc's COPY without psql. */
  private Read copy(Path psql, String sql, RssWatch rss) throws Exception {
    rss.reset();
    long began = System.nanoTime();
    var counted = new NewlineCount();
    if (psql != null) {
      Properties url = org.postgresql.Driver.parseURL(target.jdbcUrl(), null);
      var command = new ProcessBuilder(psql.toString(), "-X", "-q", "-h", url.getProperty("PGHOST"),
          "-p", url.getProperty("PGPORT"), "-U", target.username(), "-d",
          url.getProperty("PGDBNAME"), "-c", "\\copy (" + sql + ") TO STDOUT");
      command.environment().put("PGPASSWORD", target.password() == null ? "" : target.password());
      command.redirectError(ProcessBuilder.Redirect.INHERIT);
      Process process = command.start();
      try (InputStream stdout = process.getInputStream()) {
        stdout.transferTo(counted);
      }
      if (process.waitFor() != 0) {
        throw new IllegalStateException("psql failed (exit " + process.exitValue() + ")");
      }
    } else {
      try (Connection db = connect()) {
        db.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + sql + ") TO STDOUT",
            counted);
      }
    }
    return new Read(psql != null ? "psql \\copy" : "pgjdbc COPY", counted.lines,
        (System.nanoTime() - began) / 1e9, counted.bytes, rss.max());
  }

  /** One panel over HTTP in one format, read to the end as a client would. */
  private Read get(URI uri, String accept, RssWatch rss) throws Exception {
    rss.reset();
    long began = System.nanoTime();
    HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri)
        .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    long rows;
    long bytes;
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + uri + " as " + accept + ": HTTP "
            + response.statusCode() + " " + new String(body.readNBytes(500)));
      }
      if (accept.equals(ARROW)) {
        var counting = new CountingInput(body);
        rows = 0;
        try (var allocator = new RootAllocator(256L << 20);
            var reader = new ArrowStreamReader(counting, allocator)) {
          while (reader.loadNextBatch()) {
            rows += reader.getVectorSchemaRoot().getRowCount();
          }
        }
        bytes = counting.bytes;
      } else if (accept.equals("text/csv")) {
        var counted = new NewlineCount();
        body.transferTo(counted);
        rows = counted.lines - 1;  // the header
        bytes = counted.bytes;
      } else {
        var counted = new ObjectCount();
        body.transferTo(counted);
        rows = counted.objects - 1;  // the outer {"items": [...]}
        bytes = counted.bytes;
      }
    }
    String name = accept.equals(ARROW) ? "HTTP Arrow" : accept.equals("text/csv") ? "HTTP CSV"
        : "HTTP JSON";
    return new Read(name, rows, (System.nanoTime() - began) / 1e9, bytes, rss.max());
  }

  private Connection connect() throws SQLException {
    return DriverProperties.connect(target, pool, Direct.of("bench").longWork());
  }

  private static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException unavailable) {
      return "n/a";
    }
  }

  /** Counts bytes and newlines of what is written to it. */
  private static final class NewlineCount extends OutputStream {
    long lines;
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
      if (b == '\n') {
        lines++;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
    }
  }

  /** Counts bytes and '{' of a JSON answer (no string of a bar holds one). */
  private static final class ObjectCount extends OutputStream {
    long objects;
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
      if (b == '{') {
        objects++;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
      for (int i = off; i < off + len; i++) {
        if (b[i] == '{') {
          objects++;
        }
      }
    }
  }

  /** Counts the bytes Arrow's reader takes. */
  private static final class CountingInput extends java.io.FilterInputStream {
    long bytes;

    CountingInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bytes++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        bytes += n;
      }
      return n;
    }
  }

  /** The server's VmRSS, sampled every 50 ms by a daemon thread: the largest since reset. */
  private static final class RssWatch {
    private final AtomicLong max = new AtomicLong();
    private final AtomicLong overRun = new AtomicLong();

    RssWatch(long pid) {
      Thread sampler = new Thread(() -> {
        while (true) {
          long mb = ProcessRss.mb(pid);
          max.accumulateAndGet(mb, Math::max);
          overRun.accumulateAndGet(mb, Math::max);
          try {
            Thread.sleep(50);
          } catch (InterruptedException stop) {
            return;
          }
        }
      }, "bench-rss");
      sampler.setDaemon(true);
      sampler.start();
    }

    void reset() {
      max.set(0);
    }

    long max() {
      return max.get();
    }

    long maxOverRun() {
      return overRun.get();
    }

  }
}
