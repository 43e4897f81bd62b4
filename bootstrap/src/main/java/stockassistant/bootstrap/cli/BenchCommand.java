package stockassistant.bootstrap.cli;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import stockassistant.bootstrap.bench.Benchmarks;
import stockassistant.bootstrap.bench.FullMarket;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks on deterministic synthetic A-share data, in a scratch schema "
        + "\"bench\" of the configured database (real tables are not touched).",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:the benchmark ran; figures are on standard output", ExitCodes.FAILED_LINE,
        ExitCodes.USAGE_LINE},
    subcommands = {BenchCommand.Ingest.class, BenchCommand.Read.class, BenchCommand.Csv.class,
        BenchCommand.Audit.class, BenchCommand.Sync.class, BenchCommand.Panel.class})
final class BenchCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = "Raw COPY (the ceiling) vs our upsert into an empty table vs our upsert of "
          + "the same rows again, on the same rows in one run.",
      exitCodeListHeading = ExitCodes.HEADING,
      exitCodeList = {"0:the benchmark ran", ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE})
  static final class Ingest implements Callable<Integer> {
    @Mixin
    OneShotOptions options;
    @Option(names = "--rows", defaultValue = "1000000",
        description = "bars to load (default ${DEFAULT-VALUE})")
    long rows;
    @Option(names = "--stocks", defaultValue = "5000",
        description = "distinct codes the bars spread over (default ${DEFAULT-VALUE})")
    int stocks;
    @Option(names = "--batch-rows", defaultValue = "50000",
        description = "rows per upsert call (default ${DEFAULT-VALUE})")
    int batchRows;
    @Option(names = "--seed", defaultValue = "42",
        description = "seed of the synthetic data; the same seed gives the same rows "
            + "(default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
      Benchmarks.ingest(options.load(), rows, stocks, batchRows, seed, System.out);
      return 0;
    }
  }

  @Command(name = "read", mixinStandardHelpOptions = true,
      description = "One-year range reads and cross-sections through the repository vs the "
          + "same SQL through bare JDBC on the same pool, at the same concurrency.",
      exitCodeListHeading = ExitCodes.HEADING,
      exitCodeList = {"0:the benchmark ran", ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE})
  static final class Read implements Callable<Integer> {
    @Mixin
    OneShotOptions options;
    @Option(names = "--stocks", defaultValue = "300",
        description = "codes loaded before measuring (default ${DEFAULT-VALUE})")
    int stocks;
    @Option(names = "--years", defaultValue = "2",
        description = "years of daily bars loaded per code (default ${DEFAULT-VALUE})")
    int years;
    @Option(names = "--threads", defaultValue = "8",
        description = "concurrent readers (default ${DEFAULT-VALUE})")
    int threads;
    @Option(names = "--seconds", defaultValue = "10",
        description = "measuring time per path (default ${DEFAULT-VALUE})")
    int seconds;

    @Override
    public Integer call() throws Exception {
      Benchmarks.read(options.load(), stocks, years, threads, seconds, System.out);
      return 0;
    }
  }

  @Command(name = "csv", mixinStandardHelpOptions = true,
      description = "Write the full A-share market as a Tushare-style CSV (ts_code, YYYYMMDD "
          + "dates, empty cells for NULL): by default 5,700 codes over 1991-2025, about 41 "
          + "million bars, day by day in code order, with staggered listings, delistings, "
          + "suspensions and NULL indicators. --rows keeps the first N (the market up to some "
          + "day). Deterministic for a seed; constant memory; needs no database.",
      exitCodeListHeading = ExitCodes.HEADING,
      exitCodeList = {"0:the file was written", ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE})
  static final class Csv implements Callable<Integer> {
    @Option(names = "--rows", description = "bars to write; without it, the whole market "
        + "(default ${DEFAULT-VALUE})")
    Long rows;
    @Option(names = "--stocks", defaultValue = "" + FullMarket.STOCKS,
        description = "codes ever listed (default ${DEFAULT-VALUE})")
    int stocks;
    @Option(names = "--from", defaultValue = "1991-01-02",
        description = "first calendar day (default ${DEFAULT-VALUE})")
    LocalDate from;
    @Option(names = "--to", defaultValue = "2025-12-31",
        description = "last calendar day (default ${DEFAULT-VALUE})")
    LocalDate to;
    @Option(names = "--seed", defaultValue = "42",
        description = "the same seed gives the same file (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--revision", defaultValue = "0",
        description = "n > 0 writes a corrected copy of the same feed: every vol n hands "
            + "higher, keys and all else the same, so importing it updates every row "
            + "(default ${DEFAULT-VALUE})")
    int revision;
    @Option(names = "--out", required = true, paramLabel = "FILE",
        description = "the CSV file to write (required)")
    Path out;

    @Override
    public Integer call() throws Exception {
      if (rows != null && rows < 0 || stocks < 1) {
        System.err.println("bench csv: --rows must not be negative and --stocks at least 1");
        return ExitCodes.USAGE;
      }
      long start = System.nanoTime();
      try (OutputStream file = Files.newOutputStream(out)) {
        long written = Benchmarks.csv(rows, stocks, from, to, seed, revision, file);
        System.out.printf(Locale.ROOT, "bench csv: wrote %,d rows (%,d bytes) to %s in %.1f s%n",
            written, Files.size(out), out, (System.nanoTime() - start) / 1e9);
      }
      return 0;
    }
  }

  @Command(name = "audit", mixinStandardHelpOptions = true,
      description = "The data-quality audit of the first N bars of the full market (as bench "
          + "csv --rows N writes them) in the bench schema, beside its ceiling in the same run: "
          + "one window pass over every bar. Loads what is missing first (a larger N adds rows).",
      exitCodeListHeading = ExitCodes.HEADING,
      exitCodeList = {"0:the benchmark ran", ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE})
  static final class Audit implements Callable<Integer> {
    @Mixin
    OneShotOptions options;
    @Option(names = "--rows", defaultValue = "1000000",
        description = "bars of the full market (default ${DEFAULT-VALUE})")
    long rows;
    @Option(names = "--repeats", defaultValue = "1",
        description = "audits run one after another (default ${DEFAULT-VALUE})")
    int repeats;

    @Override
    public Integer call() throws Exception {
      Benchmarks.audit(options.load(), rows, repeats, System.out);
      return 0;
    }
  }

  @Command(name = "sync", mixinStandardHelpOptions = true,
      description = "The Tushare sync from an unthrottled local upstream (loopback HTTP, "
          + "paging, merge, one transaction per day) vs import of the same rows from CSV, in "
          + "one run, into the bench schema: rows/s of each, the ratio, and RSS as the days go "
          + "by. --days 20 --stocks 1000 is the quick mode.",
      exitCodeListHeading = ExitCodes.HEADING,
      exitCodeList = {"0:the benchmark ran", ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE})
  static final class Sync implements Callable<Integer> {
    @Mixin
    OneShotOptions options;
    @Option(names = "--days", defaultValue = "250",
        description = "trade days to sync (default ${DEFAULT-VALUE})")
    int days;
    @Option(names = "--stocks", defaultValue = "" + FullMarket.STOCKS,
        description = "codes ever listed (default ${DEFAULT-VALUE})")
    int stocks;
    @Option(names = "--from", defaultValue = "2021-01-04",
        description = "first day (default ${DEFAULT-VALUE})")
    LocalDate from;
    @Option(names = "--seed", defaultValue = "42",
        description = "seed of the generated market (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
      if (days < 1 || stocks < 1) {
        System.err.println("bench sync: --days and --stocks must be at least 1");
        return ExitCodes.USAGE;
      }
      Benchmarks.sync(options.load(), stocks, from, days, seed, System.out);
      return 0;
    }
  }

  // issue 22: the research panel over HTTP as Arrow, CSV and JSON vs psql \copy
  @Command(name = "panel", mixinStandardHelpOptions = true,
      description = "The full-market panel of one year (GET /api/v1/quotes/daily?codes=all&start"
          + "&end) over HTTP as Arrow, CSV and JSON, beside psql \\copy of the same rows (the "
          + "ceiling; pgjdbc's COPY TO STDOUT without psql), on the stored bars, in one run: "
          + "rows/s, the ratio, and the server's RSS. Starts `serve` of this jar as a child "
          + "process on the same database unless --url names a running server (with --pid).",
      exitCodeListHeading = ExitCodes.HEADING,
      exitCodeList = {"0:the benchmark ran", ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE})
  static final class Panel implements Callable<Integer> {
    @Mixin
    OneShotOptions options;
    @Option(names = "--start", description = "first day (default: a year before --end)")
    LocalDate start;
    @Option(names = "--end", description = "last day (default: the newest stored)")
    LocalDate end;
    @Option(names = "--rounds", defaultValue = "2",
        description = "measured rounds after one warm-up (default ${DEFAULT-VALUE})")
    int rounds;
    @Option(names = "--url", description = "a running server on the same database "
        + "(default: start one)")
    java.net.URI url;
    @Option(names = "--pid", description = "that server's process id, for its RSS (default: "
        + "the child's; required with --url)")
    Long pid;

    @Override
    public Integer call() throws Exception {
      if (rounds < 1 || (url == null) != (pid == null)) {
        System.err.println("bench panel: --rounds must be at least 1; --url and --pid go together");
        return ExitCodes.USAGE;
      }
      Benchmarks.panel(options.load(), options.config.file, url, pid, start, end, rounds,
          System.out);
      return 0;
    }
  }
}
