package stockassistant.adapters.web.quotes;

import static stockassistant.adapters.web.http.Route.Param.Type.DATE;
import static stockassistant.adapters.web.http.Route.Param.Type.STRING;

import io.javalin.http.Context;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import stockassistant.adapters.web.codec.BodyFormat;
import stockassistant.adapters.web.codec.Columns;
import stockassistant.adapters.web.codec.RecordBodies;
import stockassistant.adapters.web.codec.ThirdCodes;
import stockassistant.adapters.web.errors.ApiError;
import stockassistant.adapters.web.http.ConditionalGet;
import stockassistant.adapters.web.http.LimitedBody;
import stockassistant.adapters.web.http.MediaTypes;
import stockassistant.adapters.web.http.QueryParams;
import stockassistant.adapters.web.http.Responses;
import stockassistant.adapters.web.http.Route;
import stockassistant.application.DateRange;
import stockassistant.application.UpsertResult;
import stockassistant.application.marketdata.CachedCopy;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.marketdata.UpsertBarsCommand;
import stockassistant.domain.quote.Adjustment;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.ThirdCode;

/** /api/v1/quotes: daily bars in, ranges and cross-sections out, streamed page by page. */
public final class QuoteRoutes {
  private final MarketData marketData;
  private final long maxBody;

  public QuoteRoutes(MarketData marketData, long maxBody) {
    this.marketData = marketData;
    this.maxBody = maxBody;
  }

  public List<Route> routes() {
    return Route.tagged("Quotes",
        Route.post("/api/v1/quotes/daily", "Upsert daily bars", this::upsert)
            .operationId("upsertDailyBars")
            .describe("Body: a JSON array of bars, Tushare's {\"fields\", \"items\"} (ts_code "
                + "means third_code), or text/csv with a header row. Duplicates of (third_code, "
                + "trade_date) collapse to the last one. All or nothing.")
            .body(MediaTypes.JSON, "BarInput[]").body(MediaTypes.TUSHARE, "TushareData")
            .body(MediaTypes.CSV, "BarInput").returns("ReceivedUpserted")
            .responds(400, "a bar is invalid; nothing is stored"),
        Route.get("/api/v1/quotes/daily", "Get a market cross-section or a panel", this::daily)
            .operationId("getCrossSection")
            .describe("With trade_date: every bar of one trading day with the stock's name, "
                + "ordered by third_code. With codes (A,B,... or all): a panel, the price bars "
                + "of those codes from start to end, ordered by third_code then trade_date, "
                + "streamed (a PriceBarList); adj as on the one-code read.")
            .query("trade_date", DATE, false, "the trading day (required without codes)",
                "2024-01-02")
            .query("codes", STRING, false, PanelCodes.DESCRIPTION, "000001.SZ,600000.SH")
            .query("start", DATE, false, "first day of a panel (inclusive)", "2024-01-01")
            .query("end", DATE, false, "last day of a panel (inclusive)", "2024-12-31")
            .query(AdjustmentParam.NAME, STRING, false, AdjustmentParam.DESCRIPTION, "qfq")
            .returns("MarketBarList")
            .responds(400, "the date, codes (format, more than the limit) or adj is invalid"),
        Route.get("/api/v1/quotes/valuation", "Get a valuation panel", this::valuationPanel)
            .operationId("getValuationPanel")
            .describe("Bars with every indicator column of those codes from start to end, "
                + "ordered by third_code then trade_date, streamed.")
            .query("codes", STRING, true, PanelCodes.DESCRIPTION, "000001.SZ,600000.SH")
            .query("start", DATE, false, "first day (inclusive)", "2024-01-01")
            .query("end", DATE, false, "last day (inclusive)", "2024-12-31")
            .returns("BarList").responds(400, "codes (format, more than the limit) or a date is invalid"),
        Route.get("/api/v1/quotes/latest-trade-date", "Get the latest trade date",
            this::latestTradeDate).operationId("getLatestTradeDate")
            .describe("The newest trade_date stored; null when no bar is stored.")
            .returns("LatestTradeDate"),
        Route.get("/api/v1/quotes/daily/{third_code}", "Get price bars", this::priceBars)
            .operationId("getPriceBars")
            .describe("Price bars of one code (prices, volume, adj_factor), ascending by "
                + "trade_date; start > end is a 400; no rows is an empty list.")
            .pathCode("third_code", "000001.SZ")
            .query("start", DATE, false, "first day (inclusive)", "2024-01-01")
            .query("end", DATE, false, "last day (inclusive)", "2024-12-31")
            .query(AdjustmentParam.NAME, STRING, false, AdjustmentParam.DESCRIPTION, "qfq")
            .returns("PriceBarList").responds(400, "the code, a date or adj is invalid"),
        Route.get("/api/v1/quotes/daily/{third_code}/latest", "Get the latest bar", this::latest)
            .operationId("getLatestBar").describe("The newest bar of one code, every column.")
            .pathCode("third_code", "000001.SZ").returns("Bar")
            .responds(400, "the code is malformed").responds(404, "no bar for this code"),
        Route.get("/api/v1/quotes/daily/{third_code}/latest-trade-date",
                "Get the latest trade date of a code", this::latestTradeDateOfCode)
            .operationId("getLatestTradeDateOfCode")
            .describe("The newest trade_date of one code's bars; null when the code has none, "
                + "so a caller learns whether a code has bars without a 404.")
            .pathCode("third_code", "000001.SZ").returns("LatestTradeDate")
            .responds(400, "the code is malformed"),
        Route.get("/api/v1/quotes/valuation/{third_code}", "Get valuation bars",
                this::valuationBars).operationId("getValuationBars")
            .describe("Bars of one code with every indicator column, ascending by trade_date.")
            .pathCode("third_code", "000001.SZ")
            .query("start", DATE, false, "first day (inclusive)", "2024-01-01")
            .query("end", DATE, false, "last day (inclusive)", "2024-12-31")
            .returns("BarList").responds(400, "the code or a date is invalid"));
  }

  private void upsert(Context ctx) throws Exception {
    BodyFormat format = MediaTypes.requireBody(ctx, true);
    List<DailyBar> bars;
    try (InputStream body = LimitedBody.of(ctx, maxBody)) {
      bars = RecordBodies.read(body, format, BarCodec::fromFields);
    }
    UpsertResult result = marketData.upsertBars(new UpsertBarsCommand(bars));
    Responses.fields(ctx, "received", result.received(), "upserted", result.upserted());
  }

  private void priceBars(Context ctx) {
    Adjustment adjustment = AdjustmentParam.of(ctx);
    range(ctx, BarCodec.PRICE, BarMetric.PRICE_BAR,
        (code, range, copy, sink) -> marketData.priceBarPages(code, range, adjustment, copy,
            sink));
  }

  private void valuationBars(Context ctx) {
    range(ctx, BarCodec.FULL, EnumSet.allOf(BarMetric.class),
        (code, range, copy, sink) -> marketData.fullBarPages(code, range, copy, sink));
  }

  /** One code's bars, page by page into the format asked for. */
  private void range(Context ctx, Columns<DailyBar> csvColumns, Set<BarMetric> metrics,
      RangeRead read) {
    ThirdCode code = ThirdCodes.parse("third_code", ctx.pathParam("third_code"));
    DateRange range = new DateRange(QueryParams.date(ctx, "start"), QueryParams.date(ctx, "end"));
    ConditionalGet.Check check = ConditionalGet.of(ctx);
    try (BarSink sink = BarSink.negotiated(ctx, csvColumns, metrics, false)) {
      read.stream(code, range, check, sink);
      finish(check, sink);
    }
  }

  /** The body's end, unless a 304 answered (then there is no body). */
  private static void finish(ConditionalGet.Check check, BarSink sink) {
    if (!check.answered()) {
      sink.finish();
    }
  }

  /** A range read of the facade, page by page. */
  private interface RangeRead {
    void stream(ThirdCode code, DateRange range, CachedCopy copy, Consumer<BarPage> sink);
  }

  private void latest(Context ctx) {
    ThirdCode code = ThirdCodes.parse("third_code", ctx.pathParam("third_code"));
    ConditionalGet.Check check = ConditionalGet.of(ctx);
    Optional<DailyBar> latest = marketData.latestBar(code, check);
    if (check.answered()) {
      return;
    }
    DailyBar bar = latest.orElseThrow(() -> ApiError.notFound("no bar for " + code.value()));
    Responses.one(ctx, BarCodec.FULL, bar);
  }

  private void latestTradeDate(Context ctx) throws Exception {
    latestTradeDate(ctx, marketData.latestTradeDate());
  }

  private void latestTradeDateOfCode(Context ctx) throws Exception {
    ThirdCode code = ThirdCodes.parse("third_code", ctx.pathParam("third_code"));
    latestTradeDate(ctx, marketData.latestBar(code).map(DailyBar::tradeDate));
  }

  private static void latestTradeDate(Context ctx, Optional<LocalDate> latest) throws Exception {
    var body = new HashMap<String, Object>();
    body.put("latest_trade_date", latest.map(LocalDate::toString).orElse(null));
    Responses.fields(ctx, body);
  }

  private void daily(Context ctx) {
    if (ctx.queryParam("codes") == null) {
      crossSection(ctx);
    } else {
      panel(ctx, BarCodec.PRICE, BarMetric.PRICE_BAR, AdjustmentParam.of(ctx));
    }
  }

  private void valuationPanel(Context ctx) {
    panel(ctx, BarCodec.FULL, EnumSet.allOf(BarMetric.class), Adjustment.NONE);
  }

  /** Several codes' or every code's bars, page by page into the format asked for. */
  private void panel(Context ctx, Columns<DailyBar> csvColumns, Set<BarMetric> columns,
      Adjustment adjustment) {
    List<ThirdCode> codes = PanelCodes.parse(ctx.queryParam("codes"));
    DateRange range = new DateRange(QueryParams.date(ctx, "start"), QueryParams.date(ctx, "end"));
    ConditionalGet.Check check = ConditionalGet.of(ctx);
    try (BarSink sink = BarSink.negotiated(ctx, csvColumns, columns, false)) {
      marketData.panelPages(codes, range, columns, adjustment, check, sink);
      finish(check, sink);
    }
  }

  private void crossSection(Context ctx) {
    LocalDate day = QueryParams.requiredDate(ctx, "trade_date");
    ConditionalGet.Check check = ConditionalGet.of(ctx);
    try (BarSink sink = BarSink.negotiated(ctx, BarCodec.MARKET,
        EnumSet.allOf(BarMetric.class), true)) {
      marketData.crossSectionPages(day, check, sink);
      finish(check, sink);
    }
  }
}
