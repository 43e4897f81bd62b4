package stockassistant.bootstrap.cli;

import com.google.inject.Injector;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import stockassistant.application.calendar.MarketCalendar;
import stockassistant.application.finance.FinanceReports;
import stockassistant.application.ingest.ImportSummary;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.stocks.StockCatalog;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.database.DatabaseRuntime;
import stockassistant.bootstrap.database.DiskFull;
import stockassistant.bootstrap.importer.ImportFile;
import stockassistant.bootstrap.importer.ImportKind;
import stockassistant.bootstrap.importer.ImportPlan;
import stockassistant.bootstrap.importer.ImportProgress;
import stockassistant.bootstrap.importer.Importer;
import stockassistant.bootstrap.importer.UnusableInput;
import stockassistant.bootstrap.runtime.ToolRuntime;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import CSV files (Tushare column names, ts_code, YYYYMMDD or ISO dates), JSON "
        + "arrays and Tushare JSON responses of bars, finance reports or stocks into the "
        + "configured database, by the same rules as the HTTP API. Streams with constant memory; "
        + "re-running is harmless.",
        "Good rows are stored; each bad row is reported as file:line: field: reason and written to "
        + "a rejects file beside its input (bars.csv -> bars.rejects.csv), in the input's own "
        + "format: fix it there and import that file. Files and arguments are checked before "
        + "any database is started."},
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:every row was imported", ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE,
        "3:some rows were not: bad rows (now in the rejects file), or with --strict a file with "
            + "bad rows left out whole"})
final class ImportCommand implements Callable<Integer> {
  @Mixin
  OneShotOptions options;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "bars, finance, stocks, calendar or suspensions; detected from each "
          + "file's columns when omitted")
  ImportKind kind;

  @Option(names = "--batch-rows", paramLabel = "N", defaultValue = "" + Importer.DEFAULT_BATCH_ROWS,
      description = "rows per transaction (default ${DEFAULT-VALUE})")
  int batchRows;

  @Option(names = "--writers", paramLabel = "N", defaultValue = "" + Importer.DEFAULT_WRITERS,
      description = "concurrent COPY streams, each a connection taking the rows of some codes, "
          + "while this process parses the next batch (default ${DEFAULT-VALUE})")
  int writers;

  @Option(names = "--strict", description = "all or nothing per file: a file is checked in full "
      + "first, and imported only if every row is good (no rejects file)")
  boolean strict;

  @Option(names = "--rejects", paramLabel = "PATH", description = "where bad rows go: a file "
      + "(one input only) or a directory (default: beside each input, as NAME.rejects.EXT)")
  Path rejects;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, or directories: their "
      + ".csv and .json files except earlier rejects files")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    if (batchRows < 1 || writers < 1) {
      System.err.println("import: --batch-rows and --writers must be at least 1");
      return ExitCodes.USAGE;
    }
    List<ImportFile> files;
    try {
      files = ImportPlan.check(paths, kind, rejects);
    } catch (UnusableInput unusable) {
      unusable.problems().forEach(problem -> System.err.println("import: " + problem));
      return ExitCodes.USAGE;
    }
    AppConfig settings = options.load();
    try (ToolRuntime runtime = ToolRuntime.start(settings)) {
      Injector injector = runtime.injector();
      var importer = new Importer(injector.getInstance(MarketData.class),
          injector.getInstance(FinanceReports.class), injector.getInstance(StockCatalog.class),
          injector.getInstance(MarketCalendar.class), ImportProgress.forConsole(), batchRows,
          writers, strict);
      DiskFull diskFull = DiskFull.watch(injector.getInstance(DatabaseRuntime.class));
      var summary = new ImportSummary();
      try {
        importer.run(files, summary);
      } catch (RuntimeException failed) {
        Optional<String> full = diskFull.explain(failed);
        if (full.isEmpty()) {
          throw failed;
        }
        // committed batches stay; upserts make running the same import again safe
        System.err.println("import: " + full.get() + ". " + summary.rowsUpserted()
            + " row(s) were stored before it; free space, then run the same import again");
        return ExitCodes.FAILED;
      }
      System.out.println("import: " + summary);
      return summary.complete() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
    }
  }
}
