package stockassistant.bootstrap.bench;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import com.codahale.metrics.MetricRegistry;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.timing.TimedQuoteRepository;
import stockassistant.bootstrap.runtime.ToolRuntime;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.bootstrap.database.DatabaseRuntime;
import stockassistant.domain.quote.DailyBar;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.quality.DataQuality;
import stockassistant.application.marketdata.UpsertBarsCommand;

/** Entry points of the bench command: set up the scratch schema, run, print. */
public final class Benchmarks {
  private static final long SEED = 42;

  private Benchmarks() {}

  public static void ingest(AppConfig config, long rows, int stocks, int batchRows, long seed,
      PrintStream out) throws Exception {
    try (ToolRuntime runtime = ToolRuntime.start(config);
        Persistence bench = openBench(config, runtime)) {
      var schema = new BenchSchema(target(runtime), config.pool());
      new IngestBenchmark(schema, marketData(bench), out).run(rows, batchRows, stocks, seed);
    }
  }

  public static void read(AppConfig config, int stocks, int years, int threads, int seconds,
      PrintStream out) throws Exception {
    try (ToolRuntime runtime = ToolRuntime.start(config);
        Persistence bench = openBench(config, runtime)) {
      var schema = new BenchSchema(target(runtime), config.pool());
      schema.create();
      schema.truncateForIngest();
      var market = new SyntheticMarket(stocks, SEED);
      LocalDate last = SyntheticMarket.FIRST_DAY.plusYears(years);
      Iterator<DailyBar> bars = market.bars(Long.MAX_VALUE);
      List<DailyBar> batch = new ArrayList<>();
      long loaded = 0;
      while (true) {
        DailyBar bar = bars.next();
        if (bar.tradeDate().isAfter(last)) {
          break;
        }
        batch.add(bar);
        if (batch.size() == 50_000) {
          loaded += marketData(bench).upsertBars(new UpsertBarsCommand(batch)).upserted();
          batch.clear();
        }
      }
      loaded += marketData(bench).upsertBars(new UpsertBarsCommand(batch)).upserted();
      schema.analyze();
      out.printf("bench read: loaded %,d bars (%d stocks x %d years)%n", loaded, stocks, years);
      new ReadBenchmark(marketData(bench), bench.pool().dataSource(), out)
          .run(market.codes(), SyntheticMarket.FIRST_DAY, last, threads, seconds);
    }
  }

  /** The audit of the first {@code rows} bars of the full market beside its ceiling (issue 29). */
  public static void audit(AppConfig config, long rows, int repeats, PrintStream out)
      throws Exception {
    try (ToolRuntime runtime = ToolRuntime.start(config);
        Persistence bench = openBench(config, runtime)) {
      var schema = new BenchSchema(target(runtime), config.pool());
      schema.createForAudit();
      var quality = new DataQuality(bench.quality(), bench.calendar(), bench.unitOfWork());
      new AuditBenchmark(schema, marketData(bench), quality, out).run(rows, repeats);
    }
  }

  /** `bench sync`: the sync from a local upstream vs import of the same rows (issue 24). */
  public static void sync(AppConfig config, int stocks, LocalDate from, int days, long seed,
      PrintStream out) throws Exception {
    try (ToolRuntime runtime = ToolRuntime.start(config);
        Persistence bench = openBench(config, runtime)) {
      new SyncBenchmark(new BenchSchema(target(runtime), config.pool()), bench, out)
          .run(stocks, from, days, seed);
    }
  }

  /**
   * `bench panel` (issue 22): the stored bars' one-year panel over HTTP as Arrow, CSV and JSON
   * vs psql \copy, from a server started here as a child process unless {@code url} is given.
   */
  public static void panel(AppConfig config, Path configFile, URI url, Long pid, LocalDate start,
      LocalDate end, int rounds, PrintStream out) throws Exception {
    try (ToolRuntime runtime = ToolRuntime.start(config)) {
      var bench = new PanelBenchmark(target(runtime), config.pool(), out);
      LocalDate last = end != null ? end : bench.newestDay();
      LocalDate first = start != null ? start : last.minusYears(1).plusDays(1);
      if (url != null) {
        bench.run(url, pid, first, last, rounds);
        return;
      }
      try (ServeChild server = ServeChild.start(configFile)) {
        bench.run(server.base(), server.pid(), first, last, rounds);
      }
    }
  }

  /** The first {@code rows} bars of the full market (all of it when null), as CSV. */
  public static long csv(Long rows, int stocks, LocalDate from, LocalDate to, long seed,
      int revision, OutputStream out) throws Exception {
    var market = new FullMarket(stocks, from, to, seed);
    return CsvExport.write(market.rows(rows == null ? Long.MAX_VALUE : rows), out, revision);
  }

  private static DatabaseTarget target(ToolRuntime runtime) {
    return runtime.injector().getInstance(DatabaseRuntime.class).target();
  }

  /** A pool like the service's, whose unqualified table names resolve to the bench schema. */
  private static Persistence openBench(AppConfig config, ToolRuntime runtime) throws Exception {
    DatabaseTarget target = target(runtime);
    var schema = new BenchSchema(target, config.pool());
    schema.create();
    return Persistence.open(schema.target(), config.pool(), config.resilience(), config.budgets(),
        new MetricRegistry());
  }

  /** The facade over the bench pool: benchmarks measure the path callers take, timers too. */
  private static MarketData marketData(Persistence bench) {
    return new MarketData(new TimedQuoteRepository(bench.quotes(), new MetricRegistry()),
        bench.unitOfWork());
  }
}
