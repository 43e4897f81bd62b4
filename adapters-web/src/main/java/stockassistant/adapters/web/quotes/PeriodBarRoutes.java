package stockassistant.adapters.web.quotes;

import static stockassistant.adapters.web.http.Route.Param.Type.DATE;
import static stockassistant.adapters.web.http.Route.Param.Type.STRING;

import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import stockassistant.adapters.web.codec.Columns;
import stockassistant.adapters.web.codec.ThirdCodes;
import stockassistant.adapters.web.http.ConditionalGet;
import stockassistant.adapters.web.http.MediaTypes;
import stockassistant.adapters.web.http.ItemStream;
import stockassistant.adapters.web.http.QueryParams;
import stockassistant.adapters.web.http.Route;
import stockassistant.application.DateRange;
import stockassistant.application.marketdata.MarketData;
import stockassistant.domain.quote.Adjustment;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarPeriod;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.PeriodBars;
import stockassistant.domain.stock.ThirdCode;

/** /api/v1/quotes/weekly and /monthly: one bar per calendar period, streamed as computed. */
public final class PeriodBarRoutes {
  /** What a period bar has: its key and the price columns (no adj_factor, no source). */
  static final Columns<DailyBar> PERIOD = periodColumns();

  private final MarketData marketData;

  public PeriodBarRoutes(MarketData marketData) {
    this.marketData = marketData;
  }

  public List<Route> routes() {
    return Route.tagged("Quotes",
        route("/api/v1/quotes/weekly/{third_code}", "Get weekly bars", "getWeeklyBars",
            "one per calendar week (Monday to Sunday) with trading days", BarPeriod.WEEK),
        route("/api/v1/quotes/monthly/{third_code}", "Get monthly bars", "getMonthlyBars",
            "one per calendar month with trading days", BarPeriod.MONTH));
  }

  private Route route(String path, String summary, String operationId, String what,
      BarPeriod period) {
    return Route.get(path, summary, ctx -> periods(ctx, period)).operationId(operationId)
        .describe("Bars of one code, ascending, " + what + ": trade_date is the period's last "
            + "trading day, open the first open, close the last close, pre_close the previous "
            + "period's close; whole periods whose last trading day lies in start..end.")
        .pathCode("third_code", "000001.SZ")
        .query("start", DATE, false, "first day (inclusive)", "2024-01-01")
        .query("end", DATE, false, "last day (inclusive)", "2024-12-31")
        .query(AdjustmentParam.NAME, STRING, false, AdjustmentParam.DESCRIPTION
            + "; the daily bars are adjusted before they are summed up", "qfq")
        .returns("PeriodBarList").responds(400, "the code, a date or adj is invalid");
  }

  private void periods(Context ctx, BarPeriod period) {
    Adjustment adjustment = AdjustmentParam.of(ctx);
    ThirdCode code = ThirdCodes.parse("third_code", ctx.pathParam("third_code"));
    DateRange range = new DateRange(QueryParams.date(ctx, "start"), QueryParams.date(ctx, "end"));
    ConditionalGet.Check check = ConditionalGet.of(ctx);
    try (BarSink sink = MediaTypes.accepts(ctx, ArrowBarStream.MEDIA_TYPE)
        ? new ArrowBarStream(ctx, EnumSet.copyOf(PeriodBars.METRICS), false, false)
        : BarSink.rows(new ItemStream<>(ctx, PERIOD), BarPage::bar)) {
      marketData.periodBarPages(code, range, period, adjustment, check, sink);
      if (!check.answered()) {
        sink.finish();
      }
    }
  }

  private static Columns<DailyBar> periodColumns() {
    var columns = new Columns<DailyBar>()
        .add("third_code", bar -> bar.thirdCode().value())
        .add("trade_date", DailyBar::tradeDate);
    for (BarMetric metric : PeriodBars.METRICS) {
      columns.add(metric.column(), bar -> bar.get(metric));
    }
    return columns;
  }
}
