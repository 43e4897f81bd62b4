package stockassistant.bootstrap.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.marketdata.UpsertBarsCommand;
import stockassistant.application.quality.AuditReport;
import stockassistant.application.quality.AuditRequest;
import stockassistant.application.quality.CheckReport;
import stockassistant.application.quality.DataQuality;
import stockassistant.domain.quote.DailyBar;

/**
 * The audit of the first N bars of the full market ({@link FullMarket}, as `bench csv --rows N`
 * writes them) in the bench schema, beside its ceiling in the same run: one window pass over
 * every bar (what the continuity check needs at least), timed on the same server. The market's
 * stocks (listed on their first bar, delisted after a last bar long before the newest day), the
 * generator's calendar on all three exchanges and its halts as suspensions are derived first.
 */
final class AuditBenchmark {
  private static final int BATCH = 50_000;
  private final BenchSchema schema;
  private final MarketData marketData;
  private final DataQuality quality;
  private final PrintStream out;

  AuditBenchmark(BenchSchema schema, MarketData marketData, DataQuality quality,
      PrintStream out) {
    this.schema = schema;
    this.marketData = marketData;
    this.quality = quality;
    this.out = out;
  }

  void run(long rows, int repeats) throws Exception {
    load(rows);
    for (int run = 1; run <= repeats; run++) {
      String before = load();
      long ceilingStart = System.nanoTime();
      long passed = ceiling();
      double ceiling = (System.nanoTime() - ceilingStart) / 1e9;
      AuditReport report = quality.audit(new AuditRequest(null, null, List.of(), 10));
      double audit = report.elapsedMillis() / 1000.0;
      out.printf(Locale.ROOT, "bench audit: %,d bars, %,d codes: audit %.1f s, ceiling (one "
              + "window pass over %,d bars) %.1f s, ratio %.1fx; load %s -> %s%n", rows,
          report.codes(), audit, passed, ceiling, audit / ceiling, before, load());
      for (CheckReport check : report.checks()) {
        out.printf(Locale.ROOT, "  %-13s %,12d %s%s%n", check.check().key(), check.count(),
            check.rules(), check.suspendedDays() > 0 ? "  suspended " + check.suspendedDays()
                + " days" : "");
      }
    }
  }

  /** Loads the first {@code rows} bars (adding to what is there when it is a prefix). */
  private void load(long rows) throws Exception {
    long stored = single("SELECT count(*) FROM bench.stock_daily");
    if (stored > rows) {
      schema.truncateForAudit();
      stored = 0;
    }
    if (stored < rows) {
      long start = System.nanoTime();
      Iterator<DailyBar> bars = FullMarket.standard(42).bars(rows);
      for (long skipped = 0; skipped < stored && bars.hasNext(); skipped++) {
        bars.next();
      }
      var batch = new ArrayList<DailyBar>(BATCH);
      while (bars.hasNext()) {
        batch.add(bars.next());
        if (batch.size() == BATCH) {
          marketData.upsertBars(new UpsertBarsCommand(batch));
          batch.clear();
        }
      }
      marketData.upsertBars(new UpsertBarsCommand(batch));
      out.printf(Locale.ROOT, "bench audit: loaded %,d bars in %.1f s%n", rows - stored,
          (System.nanoTime() - start) / 1e9);
    }
    derive();
    schema.analyze();
  }

  /** Stocks, calendars and suspensions that fit the bars (the generator keeps none of them). */
  private void derive() throws SQLException {
    schema.execute("TRUNCATE bench.stock_info, bench.trade_calendar, bench.stock_suspension",
        """
        INSERT INTO bench.trade_calendar (exchange, cal_date, is_open, pretrade_date)
        SELECT e.exchange, d.cal_date, d.cal_date IN (SELECT DISTINCT trade_date FROM bench.stock_daily), NULL
        FROM (VALUES ('SSE'), ('SZSE'), ('BSE')) e(exchange),
             generate_series((SELECT min(trade_date) FROM bench.stock_daily),
                             (SELECT max(trade_date) FROM bench.stock_daily), interval '1 day') g(day)
             CROSS JOIN LATERAL (SELECT g.day::date AS cal_date) d
        """,
        """
        INSERT INTO bench.stock_info (third_code, symbol, name, list_date, delist_date, list_status)
        SELECT s.third_code, left(s.third_code, 6), s.third_code, s.first_bar,
               CASE WHEN s.last_bar < n.newest - 60 THEN s.last_bar + 1 END,
               CASE WHEN s.last_bar < n.newest - 60 THEN 'D' ELSE 'L' END
        FROM (SELECT third_code, min(trade_date) AS first_bar, max(trade_date) AS last_bar
              FROM bench.stock_daily GROUP BY third_code) s,
             (SELECT max(trade_date) AS newest FROM bench.stock_daily) n
        """,
        """
        INSERT INTO bench.stock_suspension (third_code, trade_date, suspend_type)
        SELECT i.third_code, c.cal_date, 'S'
        FROM bench.stock_info i JOIN bench.trade_calendar c ON c.exchange = 'SSE' AND c.is_open
          AND c.cal_date > i.list_date AND c.cal_date < coalesce(i.delist_date, 'infinity')
        WHERE NOT EXISTS (SELECT 1 FROM bench.stock_daily d
          WHERE d.third_code = i.third_code AND d.trade_date = c.cal_date)
        """);
  }

  /** One pass of a window over every bar, in code and day order: the continuity check's floor. */
  private long ceiling() throws SQLException {
    return single("SELECT count(*) FROM (SELECT close - lag(close) OVER (PARTITION BY third_code "
        + "ORDER BY trade_date) AS gap FROM bench.stock_daily) w WHERE gap IS NOT NULL");
  }

  private long single(String sql) throws SQLException {
    try (Connection connection = schema.connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** The 1-minute load average, as every figure in docs/BENCHMARKS.md carries it. */
  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (Exception unreadable) {
      return "?";
    }
  }
}
