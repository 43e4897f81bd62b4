package stockassistant.bootstrap.cli;

import com.google.inject.Injector;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import stockassistant.application.finance.FinanceReports;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.stocks.StockCatalog;
import stockassistant.bootstrap.runtime.ToolRuntime;
import stockassistant.bootstrap.importer.ImportKind;
import stockassistant.bootstrap.importer.ImportProgress;
import stockassistant.bootstrap.importer.ImportSummary;
import stockassistant.bootstrap.importer.Importer;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import CSV files (Tushare column names, ts_code, YYYYMMDD or ISO dates) and "
        + "Tushare JSON responses of bars, finance reports or stocks into the configured database. "
        + "Streams with constant memory; re-running is harmless.")
final class ImportCommand implements Callable<Integer> {
  @Mixin
  ConfigOption config;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "bars, finance or stocks; detected from each file's header when omitted")
  String kind;

  @Option(names = "--batch-rows", defaultValue = "" + Importer.DEFAULT_BATCH_ROWS,
      description = "rows per transaction (default ${DEFAULT-VALUE}); a bad row keeps its batch out")
  int batchRows;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    ImportKind forced = kind == null ? null : ImportKind.parse(kind);
    try (ToolRuntime runtime = ToolRuntime.start(config.load())) {
      Injector injector = runtime.injector();
      var importer = new Importer(injector.getInstance(MarketData.class),
          injector.getInstance(FinanceReports.class), injector.getInstance(StockCatalog.class),
          System.err, ImportProgress.forConsole(), batchRows);
      ImportSummary summary = importer.run(paths, forced);
      System.out.println("import: " + summary);
      return summary.badRows() == 0 ? 0 : 3;
    }
  }
}
