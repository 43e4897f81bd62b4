package stockassistant.bootstrap.cli;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import stockassistant.bootstrap.bench.Benchmarks;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks on deterministic synthetic A-share data, in a scratch schema "
        + "\"bench\" of the configured database (real tables are not touched).",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:the benchmark ran; figures are on standard output", ExitCodes.FAILED_LINE,
        ExitCodes.USAGE_LINE},
    subcommands = {BenchCommand.Ingest.class, BenchCommand.Read.class, BenchCommand.Csv.class})
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
      description = "Write generated bars as a Tushare-style CSV, e.g. to try the importer. "
          + "Needs no database.",
      exitCodeListHeading = ExitCodes.HEADING,
      exitCodeList = {"0:the file was written", ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE})
  static final class Csv implements Callable<Integer> {
    @Option(names = "--rows", required = true, description = "bars to write (required)")
    long rows;
    @Option(names = "--stocks", defaultValue = "5000",
        description = "distinct codes the bars spread over (default ${DEFAULT-VALUE})")
    int stocks;
    @Option(names = "--out", required = true, paramLabel = "FILE",
        description = "the CSV file to write (required)")
    Path out;

    @Override
    public Integer call() throws Exception {
      try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        long written = Benchmarks.csv(rows, stocks, writer);
        System.out.println("bench csv: wrote " + written + " rows to " + out);
      }
      return 0;
    }
  }
}
