package stockassistant.bootstrap.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.web.tushare.client.TushareSettings;
import stockassistant.application.finance.FinanceReports;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.stocks.StockCatalog;
import stockassistant.application.sync.SyncCounters;
import stockassistant.application.sync.SyncPart;
import stockassistant.application.sync.SyncProgress;
import stockassistant.application.sync.SyncReport;
import stockassistant.application.sync.SyncRequest;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;
import stockassistant.bootstrap.importer.ImportKind;
import stockassistant.bootstrap.importer.ImportPlan;
import stockassistant.bootstrap.importer.ImportProgress;
import stockassistant.application.ingest.ImportSummary;
import stockassistant.bootstrap.importer.Importer;
import stockassistant.bootstrap.sync.SyncParts;

/**
 * `bench sync`: in one run, on the same generated full-market days, the sync from an unthrottled
 * local upstream (HTTP, paging, merge, a transaction per day) against `import` of the same rows
 * from a CSV file (the importer's parallel binary COPY), both into the bench schema; rows/s of
 * each, the ratio, and the process's RSS as the days go by.
 */
final class SyncBenchmark {
  private static final String SCHEMA = BenchSchema.SCHEMA;
  private static final List<String> TABLES = List.of("stock_daily", "stock_info", "stock_finance",
      "trade_calendar", "stock_suspension", "sync_day", "sync_run", "sync_rejected");
  private final BenchSchema schema;
  private final Persistence bench;
  private final DatabaseTarget direct;
  private final PrintStream out;

  SyncBenchmark(BenchSchema schema, Persistence bench, DatabaseTarget direct, PrintStream out) {
    this.schema = schema;
    this.bench = bench;
    this.direct = direct;
    this.out = out;
  }

  void run(int stocks, LocalDate from, int days, long seed) throws Exception {
    createTables();
    List<LocalDate> calendar = TradingCalendar.between(from, from.plusDays(days * 2L));
    LocalDate last = calendar.get(Math.min(days, calendar.size()) - 1);
    // a year of market before the first synced day, so the days synced are a grown market's
    var market = new FullMarket(stocks, from.minusYears(1), last, seed);
    out.printf(Locale.ROOT, "bench sync: %d stocks ever listed, %d trade days %s..%s%n", stocks,
        days, from, last);

    empty();
    var rss = new RssSampler();
    long syncRows;
    double syncSeconds;
    Path pages = Files.createTempDirectory("bench-sync-upstream");
    long prepareStart = System.nanoTime();
    try (var upstream = BenchUpstream.prepare(TradingCalendar.between(from, last),
        from(market.bars(Long.MAX_VALUE), from), pages, TushareSettings.DEFAULT_PAGE_ROWS); rss) {
      out.printf(Locale.ROOT, "  upstream: every answer rendered to files first, in %.1f s "
          + "(not timed: a real upstream has them at hand)%n",
          (System.nanoTime() - prepareStart) / 1e9);
      // the rendering grew the heap; a full collection gives it back (MaxHeapFreeRatio), so the
      // RSS below is the sync's own, as in a process that only syncs
      System.gc();
      var settings = TushareSettings.of(upstream.url(), "bench").withPace(6_000_000);
      var sync = SyncParts.create(bench, direct, settings, duration -> { },
          Clock.system(SyncParts.MARKET_ZONE));
      long start = System.nanoTime();
      SyncReport report = sync.run(new SyncRequest(from, last, EnumSet.of(SyncPart.BARS), false),
          rss.progress(days));
      syncSeconds = (System.nanoTime() - start) / 1e9;
      if (!report.finished()) {
        throw new IllegalStateException("the sync stopped: " + report);
      }
      syncRows = report.counters().rows();
      out.printf(Locale.ROOT, "  upstream served %,d MB of JSON in %,d calls (%d rate-limit waits)%n",
          upstream.servedBytes() >> 20, report.counters().calls(), report.counters().waits());
    } finally {
      deleteTree(pages);
    }
    double syncRate = syncRows / syncSeconds;
    out.printf(Locale.ROOT, "  sync:   %,d rows in %.1f s = %,.0f rows/s (%d days, %.0f rows/day)%n",
        syncRows, syncSeconds, syncRate, days, syncRows / (double) days);
    out.printf(Locale.ROOT, "  RSS during the sync (MB, at 0/25/50/75/100%% of the days): %s; max %d%n",
        rss.quarters(), rss.maxMb());

    Path csv = Files.createTempFile("bench-sync", ".csv");
    try {
      try (var file = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
          Files.newOutputStream(csv), java.nio.charset.StandardCharsets.UTF_8), 1 << 16)) {
        writeCsv(from(market.bars(Long.MAX_VALUE), from), file);
      }
      empty();
      var importer = new Importer(new MarketData(bench.quotes(), bench.unitOfWork()),
          new FinanceReports(bench.finance(), bench.unitOfWork()),
          new StockCatalog(bench.stocks(), bench.unitOfWork()),
          new ImportProgress(false, new PrintStream(OutputStream.nullOutputStream())),
          Importer.DEFAULT_BATCH_ROWS, Importer.DEFAULT_WRITERS, false);
      long start = System.nanoTime();
      ImportSummary summary = importer.run(ImportPlan.check(List.of(csv), ImportKind.BARS,
          csv.resolveSibling("bench-sync.rejects.csv")));
      double importSeconds = (System.nanoTime() - start) / 1e9;
      double importRate = summary.rowsUpserted() / importSeconds;
      out.printf(Locale.ROOT, "  import: %,d rows in %.1f s = %,.0f rows/s (the same rows, CSV, "
          + "%d writers)%n", summary.rowsUpserted(), importSeconds, importRate,
          Importer.DEFAULT_WRITERS);
      out.printf(Locale.ROOT, "  sync / import = %.2fx%n", syncRate / importRate);
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  private static void deleteTree(Path directory) throws java.io.IOException {
    try (var files = Files.list(directory)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
    Files.delete(directory);
  }

  /** The bars from {@code first} on. */
  private static Iterator<DailyBar> from(Iterator<DailyBar> bars, LocalDate first) {
    return new Iterator<>() {
      private DailyBar next = advance();

      private DailyBar advance() {
        while (bars.hasNext()) {
          DailyBar bar = bars.next();
          if (!bar.tradeDate().isBefore(first)) {
            return bar;
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public DailyBar next() {
        DailyBar bar = next;
        next = advance();
        return bar;
      }
    };
  }

  /** Tushare-style CSV of the bars: ts_code, YYYYMMDD, every column, empty for null. */
  private static void writeCsv(Iterator<DailyBar> bars, java.io.Writer out) throws java.io.IOException {
    out.write("ts_code,trade_date");
    for (BarMetric metric : BarMetric.values()) {
      out.write("," + metric.column());
    }
    out.write("\n");
    var day = java.time.format.DateTimeFormatter.BASIC_ISO_DATE;
    while (bars.hasNext()) {
      DailyBar bar = bars.next();
      out.write(bar.thirdCode().value());
      out.write(',');
      out.write(day.format(bar.tradeDate()));
      for (BarMetric metric : BarMetric.values()) {
        out.write(',');
        Double value = bar.get(metric);
        if (value != null) {
          out.write(value.toString());
        }
      }
      out.write('\n');
    }
  }

  private void createTables() throws SQLException {
    try (Connection connection = schema.connect(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
      for (String table : TABLES) {
        statement.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + "." + table + " (LIKE public."
            + table + " INCLUDING ALL)");
      }
    }
  }

  private void empty() throws SQLException {
    try (Connection connection = schema.connect(); Statement statement = connection.createStatement()) {
      statement.execute("TRUNCATE " + String.join(", ", TABLES.stream().map(t -> SCHEMA + "." + t)
          .toList()));
    }
  }

  /** VmRSS of this process from /proc, sampled as the days are stored. */
  private static final class RssSampler implements AutoCloseable {
    private final long[] quarters = {-1, -1, -1, -1, -1};
    private final AtomicLong max = new AtomicLong();

    SyncProgress progress(int days) {
      return new SyncProgress() {
        @Override
        public void update(SyncCounters counters) {
          if (!counters.phase().equals("bars")) {
            return;
          }
          long mb = rssMb();
          max.accumulateAndGet(mb, Math::max);
          int quarter = days == 0 ? 4 : (int) Math.min(4, counters.daysDone() * 4L / days);
          if (quarters[quarter] < 0) {
            quarters[quarter] = mb;
          }
        }

        @Override
        public void note(String message) {}
      };
    }

    String quarters() {
      var text = new StringBuilder();
      for (long mb : quarters) {
        text.append(text.length() == 0 ? "" : ", ").append(mb < 0 ? "-" : String.valueOf(mb));
      }
      return text.toString();
    }

    long maxMb() {
      return max.get();
    }

    private static long rssMb() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
          if (line.startsWith("VmRSS:")) {
            return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
          }
        }
      } catch (Exception unavailable) {
        return -1;
      }
      return -1;
    }

    @Override
    public void close() {}
  }
}
