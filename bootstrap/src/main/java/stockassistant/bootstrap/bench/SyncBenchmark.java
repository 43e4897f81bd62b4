package stockassistant.bootstrap.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.web.tushare.client.TushareSettings;
import stockassistant.application.finance.FinanceReports;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.stocks.StockCatalog;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;
import stockassistant.bootstrap.importer.ImportKind;
import stockassistant.bootstrap.importer.ImportPlan;
import stockassistant.bootstrap.importer.ImportProgress;
import stockassistant.application.ingest.ImportSummary;
import stockassistant.bootstrap.importer.Importer;

/**
 * `bench sync`: in one run, on the same generated full-market days, the sync from an unthrottled
 * local upstream (HTTP, paging, merge, a transaction per day) against `import` of the same rows
 * from a CSV file (the importer's parallel binary COPY), both into the bench schema; rows/s of
 * each, the ratio, and the RSS of the sync (the `sync` command, in its own process) as it runs.
 */
final class SyncBenchmark {
  private static final String SCHEMA = BenchSchema.SCHEMA;
  private static final List<String> TABLES = List.of("stock_daily", "stock_info", "stock_finance",
      "trade_calendar", "stock_suspension", "sync_day", "sync_run", "sync_rejected");
  private final BenchSchema schema;
  private final Persistence bench;
  private final PrintStream out;

  SyncBenchmark(BenchSchema schema, Persistence bench, PrintStream out) {
    this.schema = schema;
    this.bench = bench;
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
    long syncRows;
    double syncSeconds;
    SyncProcess.Run run;
    Path pages = Files.createTempDirectory("bench-sync-upstream");
    long prepareStart = System.nanoTime();
    try (var upstream = BenchUpstream.prepare(TradingCalendar.between(from, last),
        from(market.bars(Long.MAX_VALUE), from), pages, TushareSettings.DEFAULT_PAGE_ROWS)) {
      out.printf(Locale.ROOT, "  upstream: every answer rendered to files first, in %.1f s "
          + "(not timed: a real upstream has them at hand)%n",
          (System.nanoTime() - prepareStart) / 1e9);
      // `sync` of this jar in its own process, as users run it: its RSS is the sync's alone
      run = SyncProcess.run(schema.target(), upstream.url(), from, last,
          upstream::firstCallNanos);
      syncSeconds = (run.endNanos() - upstream.firstCallNanos()) / 1e9;
      syncRows = storedBars();
      out.printf(Locale.ROOT, "  upstream served %,d MB of JSON in %,d calls%n",
          upstream.servedBytes() >> 20, upstream.calls());
    } finally {
      deleteTree(pages);
    }
    double syncRate = syncRows / syncSeconds;
    out.printf(Locale.ROOT, "  sync:   %,d rows in %.1f s = %,.0f rows/s (%d days, %.0f rows/day; "
        + "the `sync` command in a child process with the launcher's JVM settings, timed from "
        + "its first call to its exit)%n", syncRows, syncSeconds, syncRate, days,
        syncRows / (double) days);
    out.printf(Locale.ROOT, "  the sync's RSS (MB, at 0/25/50/75/100%% of its time, sampled every "
        + "250 ms): %s; max %d%n", run.quarters(), run.maxMb());

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

  private long storedBars() throws SQLException {
    try (Connection connection = schema.connect(); Statement statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT count(*) FROM " + SCHEMA + ".stock_daily")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private void empty() throws SQLException {
    try (Connection connection = schema.connect(); Statement statement = connection.createStatement()) {
      statement.execute("TRUNCATE " + String.join(", ", TABLES.stream().map(t -> SCHEMA + "." + t)
          .toList()));
    }
  }
}
