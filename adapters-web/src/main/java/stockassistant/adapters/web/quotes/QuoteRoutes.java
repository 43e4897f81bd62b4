package stockassistant.adapters.web.quotes;

import io.javalin.http.Context;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import stockassistant.adapters.web.codec.BodyFormat;
import stockassistant.adapters.web.codec.Columns;
import stockassistant.adapters.web.codec.RecordBodies;
import stockassistant.adapters.web.codec.ThirdCodes;
import stockassistant.adapters.web.errors.ApiError;
import stockassistant.adapters.web.http.ItemStream;
import stockassistant.adapters.web.http.LimitedBody;
import stockassistant.adapters.web.http.MediaTypes;
import stockassistant.adapters.web.http.QueryParams;
import stockassistant.adapters.web.http.Responses;
import stockassistant.adapters.web.http.Route;
import stockassistant.application.DateRange;
import stockassistant.application.UpsertResult;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.marketdata.UpsertBarsCommand;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.MarketBar;
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
    return List.of(
        Route.post("/api/v1/quotes/daily", "Upsert daily bars (JSON array, Tushare fields/items, "
            + "or CSV); duplicates collapse to the last; all or nothing", this::upsert)
            .body("BarBatch", MediaTypes.JSON, MediaTypes.CSV).returns("ReceivedUpserted")
            .responds(400, "an invalid bar; nothing stored"),
        Route.get("/api/v1/quotes/daily", "Full-market cross-section of one trading day, with "
            + "stock names, ordered by third_code", this::crossSection)
            .query("trade_date", "string", true, "YYYY-MM-DD or YYYYMMDD")
            .returns("MarketBarList").responds(400, "invalid date"),
        Route.get("/api/v1/quotes/latest-trade-date", "The newest trade_date stored",
            this::latestTradeDate).returns("LatestTradeDate"),
        Route.get("/api/v1/quotes/daily/{third_code}", "Price bars of one code, ascending",
                this::priceBars)
            .pathParam("third_code", "e.g. 000001.SZ")
            .query("start", "string", false, "first day (inclusive)")
            .query("end", "string", false, "last day (inclusive)")
            .returns("PriceBarList").responds(400, "invalid code or dates"),
        Route.get("/api/v1/quotes/daily/{third_code}/latest", "The newest bar of one code, every "
            + "column", this::latest)
            .pathParam("third_code", "e.g. 000001.SZ").returns("Bar")
            .responds(404, "no bar for this code"),
        Route.get("/api/v1/quotes/valuation/{third_code}", "Bars with every indicator, ascending",
                this::valuationBars)
            .pathParam("third_code", "e.g. 000001.SZ")
            .query("start", "string", false, "first day (inclusive)")
            .query("end", "string", false, "last day (inclusive)")
            .returns("BarList").responds(400, "invalid code or dates"));
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
    range(ctx, BarCodec.PRICE, marketData::priceBars, marketData::priceBarPages);
  }

  private void valuationBars(Context ctx) {
    range(ctx, BarCodec.FULL, marketData::fullBars, marketData::fullBarPages);
  }

  /** JSON straight from the facade's columnar pages; CSV row by row through ItemStream. */
  private static void range(Context ctx, Columns<DailyBar> columns, RangeRead<DailyBar> rows,
      RangeRead<BarPage> pages) {
    ThirdCode code = ThirdCodes.parse("third_code", ctx.pathParam("third_code"));
    DateRange range = new DateRange(QueryParams.date(ctx, "start"), QueryParams.date(ctx, "end"));
    if (MediaTypes.wantsCsv(ctx)) {
      var stream = new ItemStream<>(ctx, columns);
      rows.stream(code, range, stream);
      stream.finish();
      return;
    }
    var stream = new BarPageStream(ctx);
    pages.stream(code, range, stream);
    stream.finish();
  }

  /** A range read of the facade, row by row or page by page. */
  private interface RangeRead<T> {
    void stream(ThirdCode code, DateRange range, Consumer<T> sink);
  }

  private void latest(Context ctx) {
    ThirdCode code = ThirdCodes.parse("third_code", ctx.pathParam("third_code"));
    DailyBar bar = marketData.latestBar(code)
        .orElseThrow(() -> ApiError.notFound("no bar for " + code.value()));
    Responses.one(ctx, BarCodec.FULL, bar);
  }

  private void latestTradeDate(Context ctx) throws Exception {
    var body = new HashMap<String, Object>();
    body.put("latest_trade_date", marketData.latestTradeDate().map(LocalDate::toString).orElse(null));
    Responses.fields(ctx, body);
  }

  private void crossSection(Context ctx) {
    LocalDate day = QueryParams.requiredDate(ctx, "trade_date");
    if (MediaTypes.wantsCsv(ctx)) {
      ItemStream<MarketBar> stream = new ItemStream<>(ctx, BarCodec.MARKET);
      marketData.crossSection(day, stream);
      stream.finish();
      return;
    }
    var stream = new BarPageStream(ctx);
    marketData.crossSectionPages(day, stream);
    stream.finish();
  }
}
