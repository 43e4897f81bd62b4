package stockassistant.bootstrap.cli;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import stockassistant.application.sync.MarketSync;
import stockassistant.application.sync.SyncBusy;
import stockassistant.application.sync.SyncPart;
import stockassistant.application.sync.SyncReport;
import stockassistant.application.sync.SyncRequest;
import stockassistant.adapters.web.codec.Dates;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.runtime.ToolRuntime;
import stockassistant.bootstrap.sync.ConsoleProgress;
import stockassistant.domain.InvalidField;

@Command(name = "sync", mixinStandardHelpOptions = true,
    description = {"Fill the store from Tushare Pro (TUSHARE_URL, TUSHARE_TOKEN) and keep it "
        + "current: the stock list (listed, delisted, paused), the trading calendars and, for "
        + "each open day not stored yet, the whole market's daily, daily_basic, adj_factor and "
        + "suspensions, each day stored whole; then finance for the stocks missing the latest "
        + "report period. Stop it at any moment and run it again: it resumes where it was.",
        "Stays under TUSHARE_CALLS_PER_MINUTE per api; waits out Tushare's per-minute limit, "
            + "stops cleanly on its daily limit. One sync at a time per database."},
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:done", "1:stopped: the upstream (daily limit, no permission, bad token, "
        + "unreachable) or the database (the reason is printed); run again to resume",
        ExitCodes.USAGE_LINE + " (TUSHARE_TOKEN missing, another sync running)",
        "3:done, but some upstream rows broke the rules and were not stored (see GET "
            + "/api/v1/sync or doctor)"})
final class SyncCommand implements Callable<Integer> {
  @Mixin
  OneShotOptions options;

  @Option(names = "--from", paramLabel = "DATE", description = "first day, YYYYMMDD or ISO "
      + "(default: the day after the newest stored day; a year back on an empty store)")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "last day (default: today, Asia/Shanghai)")
  String to;

  @Option(names = "--only", split = ",", paramLabel = "PART",
      description = "stocks, bars and/or finance (default all), comma-separated")
  List<SyncPart> only;

  @Option(names = "--refresh", description = "fetch the --from..--to days again even when "
      + "stored (upstream revisions)")
  boolean refresh;

  @Override
  public Integer call() {
    SyncRequest request;
    try {
      request = new SyncRequest(date("from", from), date("to", to),
          only == null ? Set.of() : EnumSet.copyOf(only), refresh);
    } catch (InvalidField invalid) {
      System.err.println("sync: --" + invalid.getMessage());
      return ExitCodes.USAGE;
    }
    AppConfig settings = options.load();
    if (settings.sync().token().isEmpty()) {
      System.err.println("sync: TUSHARE_TOKEN is not set: the token of your Tushare Pro account "
          + "(https://tushare.pro), in the environment, .env or --config");
      return ExitCodes.USAGE;
    }
    var progress = ConsoleProgress.forConsole();
    try (ToolRuntime runtime = ToolRuntime.start(settings)) {
      MarketSync sync = runtime.injector().getInstance(MarketSync.class);
      SyncReport report;
      try {
        report = sync.run(request, progress);
      } catch (SyncBusy busy) {
        System.err.println("sync: " + busy.getMessage());
        return ExitCodes.USAGE;
      } finally {
        progress.finish();
      }
      System.out.println("sync: " + report);
      if (!report.finished()) {
        return 1;
      }
      return report.rejected() ? ExitCodes.INCOMPLETE : ExitCodes.OK;
    }
  }

  private static LocalDate date(String name, String text) {
    return text == null ? null : Dates.parse(name, text);
  }
}
