package stockassistant.bootstrap.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import stockassistant.adapters.persistence.bulk.CopyRowWriter;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.marketdata.UpsertBarsCommand;

/**
 * In one run, on the same generated rows: raw COPY into an empty copy of stock_daily (the
 * ceiling), our upsert into an empty table, and our upsert of the same rows again (every row an
 * update). Prints rows/s of each and the ratio to the ceiling.
 */
final class IngestBenchmark {
  private final BenchSchema schema;
  private final MarketData marketData;
  private final PrintStream out;

  IngestBenchmark(BenchSchema schema, MarketData marketData, PrintStream out) {
    this.schema = schema;
    this.marketData = marketData;
    this.out = out;
  }

  void run(long rows, int batchRows, int stocks, long seed) throws Exception {
    schema.create();
    schema.truncateForIngest();
    out.printf(Locale.ROOT, "bench ingest: %,d rows of %d stocks, batches of %,d rows%n", rows,
        stocks, batchRows);

    double ceiling = rate(rows, () -> rawCopy(new SyntheticMarket(stocks, seed).bars(rows)));
    report("raw COPY (ceiling)", ceiling, ceiling);
    double fresh = rate(rows, () -> upsert(new SyntheticMarket(stocks, seed).bars(rows), batchRows));
    report("upsert, empty table", fresh, ceiling);
    double same = rate(rows, () -> upsert(new SyntheticMarket(stocks, seed).bars(rows), batchRows));
    report("upsert, same rows again", same, ceiling);
    double changed = rate(rows, () -> upsert(changed(new SyntheticMarket(stocks, seed).bars(rows)), batchRows));
    report("upsert, every row changed", changed, ceiling);
  }

  private void rawCopy(Iterator<DailyBar> bars) throws Exception {
    try (Connection connection = schema.connect()) {
      connection.setAutoCommit(false);
      String columns = "third_code, trade_date, " + String.join(", ",
          java.util.Arrays.stream(BarMetric.values()).map(BarMetric::column).toList()) + ", source";
      try (var stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
          "COPY " + BenchSchema.SCHEMA + ".copy_ceiling (" + columns + ") FROM STDIN (FORMAT binary)",
          1 << 16)) {
        var rows = new CopyRowWriter(stream, BarMetric.values().length + 3);
        while (bars.hasNext()) {
          DailyBar bar = bars.next();
          rows.text(bar.thirdCode().value()).date(bar.tradeDate());
          for (BarMetric metric : BarMetric.values()) {
            rows.number(bar.get(metric));
          }
          rows.text(bar.source()).endRow();
        }
        rows.finish();
      }
      connection.commit();
    }
  }

  /** The same keys with a different volume: every row becomes a real update. */
  private static Iterator<DailyBar> changed(Iterator<DailyBar> bars) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return bars.hasNext();
      }

      @Override
      public DailyBar next() {
        DailyBar bar = bars.next();
        var values = new java.util.EnumMap<BarMetric, Double>(BarMetric.class);
        values.putAll(bar.values().asMap());
        values.put(BarMetric.VOL, bar.get(BarMetric.VOL) + 100);
        return new DailyBar(bar.thirdCode(), bar.tradeDate(),
            stockassistant.domain.MetricValues.of(BarMetric.class, values), bar.source());
      }
    };
  }

  private void upsert(Iterator<DailyBar> bars, int batchRows) {
    List<DailyBar> batch = new ArrayList<>(batchRows);
    while (bars.hasNext()) {
      batch.add(bars.next());
      if (batch.size() == batchRows) {
        marketData.upsertBars(new UpsertBarsCommand(batch));
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      marketData.upsertBars(new UpsertBarsCommand(batch));
    }
  }

  private void report(String path, double rowsPerSecond, double ceiling) {
    out.printf(Locale.ROOT, "  %-26s %,12.0f rows/s   %.2fx of COPY%n", path, rowsPerSecond,
        rowsPerSecond / ceiling);
  }

  static double rate(long rows, Step step) throws Exception {
    long start = System.nanoTime();
    step.run();
    return rows / ((System.nanoTime() - start) / 1e9);
  }

  interface Step {
    void run() throws Exception;
  }
}
