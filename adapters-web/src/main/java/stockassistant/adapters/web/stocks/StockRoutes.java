package stockassistant.adapters.web.stocks;

import static stockassistant.adapters.web.http.Route.Param.Type.DATE;
import static stockassistant.adapters.web.http.Route.Param.Type.INTEGER;
import static stockassistant.adapters.web.http.Route.Param.Type.STRING;
import static stockassistant.adapters.web.http.Route.Param.Type.THIRD_CODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import stockassistant.adapters.web.codec.Columns;
import stockassistant.adapters.web.codec.Fields;
import stockassistant.adapters.web.codec.RecordBodies;
import stockassistant.adapters.web.codec.ThirdCodes;
import stockassistant.adapters.web.errors.ApiError;
import stockassistant.adapters.web.http.ItemStream;
import stockassistant.adapters.web.http.JsonBodies;
import stockassistant.adapters.web.http.MediaTypes;
import stockassistant.adapters.web.http.QueryParams;
import stockassistant.adapters.web.http.Responses;
import stockassistant.adapters.web.http.Route;
import stockassistant.application.stocks.MarkFinanceSyncedCommand;
import stockassistant.application.stocks.StockCatalog;
import stockassistant.domain.InvalidField;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.stock.ThirdCode;

/** /api/v1/stocks: the stock list and its finance-sync bookkeeping. */
public final class StockRoutes {
  private final StockCatalog catalog;
  private final long maxBody;

  public StockRoutes(StockCatalog catalog, long maxBody) {
    this.catalog = catalog;
    this.maxBody = maxBody;
  }

  public List<Route> routes() {
    return Route.tagged("Stocks",
        Route.get("/api/v1/stocks", "List stocks", this::list).operationId("listStocks")
            .describe("A page of stocks ordered by third_code (skip, limit), or, with third_codes, "
                + "the stocks among those codes that exist, in any order.")
            .query("skip", INTEGER, false, "rows to skip (default 0)", "0")
            .query("limit", INTEGER, false, "1..1000 (default 100)", "100")
            .query("third_codes", THIRD_CODES, false, "comma-separated codes, at most 1000",
                "000001.SZ,600000.SH")
            .returns("StockList").responds(400, "a parameter is invalid"),
        Route.get("/api/v1/stocks/missing-finance", "List codes missing a finance report",
                this::missingFinance).operationId("listStocksMissingFinance")
            .describe("Codes with no finance report for the period whose last finance sync is "
                + "unknown or before checked_before: what a sync job should fetch next.")
            .query("period", DATE, true, "report period end", "20240331")
            .query("checked_before", DATE, true, "last sync date threshold", "2024-04-10")
            .query("limit", INTEGER, false, "1..5000 (default 200)", "200")
            .returns("CodeList").responds(400, "a parameter is invalid"),
        // before /{third_code}: Javalin takes the first route that matches
        Route.get("/api/v1/stocks/search", "Search stocks", this::search)
            .operationId("searchStocks")
            .describe("Stocks whose code or symbol starts with q, whose name contains it, or whose "
                + "pinyin initials (cnspell) start with it; exact code matches first.")
            .query("q", STRING, true, "part of a code, symbol or name", "平安")
            .query("limit", INTEGER, false, "1..50 (default 10)", "10")
            .returns("StockMatches").responds(400, "q missing or too long, or limit out of range"),
        Route.get("/api/v1/stocks/by-symbol/{symbol}", "Get a stock by symbol", this::bySymbol)
            .operationId("getStockBySymbol").describe("One stock by its 6-digit symbol.")
            .pathParam("symbol", "the 6-digit exchange symbol", "000001").returns("Stock")
            .responds(404, "no stock has this symbol"),
        Route.get("/api/v1/stocks/{third_code}", "Get a stock", this::byCode)
            .operationId("getStock").describe("One stock by its code.")
            .pathCode("third_code", "000001.SZ").returns("Stock")
            .responds(400, "the code is malformed").responds(404, "no such stock"),
        Route.put("/api/v1/stocks/{third_code}", "Insert or update a stock", this::upsertOne)
            .operationId("putStock")
            .describe("Stores the whole stock (a column left out is stored as null). The code "
                + "comes from the path; a third_code in the body, if given, must equal it.")
            .pathCode("third_code", "000001.SZ").body(MediaTypes.JSON, "StockUpsert")
            .returns("Stock").responds(400, "the stock is invalid"),
        Route.post("/api/v1/stocks/batch", "Insert or update stocks", this::upsertBatch)
            .operationId("upsertStocks")
            .describe("Upserts every stock of the batch, or none when one is invalid.")
            .body(MediaTypes.JSON, "StockBatch").returns("Upserted")
            .responds(400, "a stock is invalid; nothing is stored"),
        Route.post("/api/v1/stocks/finance-sync-date", "Record a finance sync",
                this::markFinanceSynced).operationId("markFinanceSynced")
            .describe("Records the day finance data was last pulled for the given codes.")
            .body(MediaTypes.JSON, "FinanceSyncDate").returns("Updated")
            .responds(400, "the body is invalid"));
  }

  private void list(Context ctx) {
    String codes = ctx.queryParam("third_codes");
    var stream = new ItemStream<>(ctx, StockCodec.COLUMNS);
    if (codes != null) {
      catalog.findAll(parseCodes(codes)).forEach(stream);
      stream.finish();
      return;
    }
    int skip = QueryParams.integer(ctx, "skip", 0);
    int limit = QueryParams.integer(ctx, "limit", 100);
    catalog.page(skip, limit).forEach(stream);
    var extra = new LinkedHashMap<String, Object>();
    extra.put("skip", skip);
    extra.put("limit", limit);
    stream.finish(extra);
  }

  private void search(Context ctx) {
    var stream = new ItemStream<>(ctx, StockCodec.COLUMNS);
    catalog.search(ctx.queryParam("q"), QueryParams.integer(ctx, "limit", 10)).forEach(stream);
    stream.finish();
  }

  private static List<ThirdCode> parseCodes(String text) {
    var codes = new ArrayList<ThirdCode>();
    String[] parts = text.split(",", -1);
    if (parts.length > StockCatalog.MAX_CODES) {
      throw new InvalidField("third_codes", "at most " + StockCatalog.MAX_CODES + " codes are allowed");
    }
    for (String part : parts) {
      if (!part.isBlank()) {
        codes.add(ThirdCodes.parse("third_codes", part.trim()));
      }
    }
    if (codes.isEmpty()) {
      throw new InvalidField("third_codes", "must name at least one code");
    }
    return codes;
  }

  private void byCode(Context ctx) {
    ThirdCode code = ThirdCodes.parse("third_code", ctx.pathParam("third_code"));
    Stock stock = catalog.byThirdCode(code)
        .orElseThrow(() -> ApiError.notFound("no stock " + code.value()));
    Responses.one(ctx, StockCodec.COLUMNS, stock);
  }

  private void bySymbol(Context ctx) {
    String symbol = ctx.pathParam("symbol");
    Stock stock = catalog.bySymbol(symbol)
        .orElseThrow(() -> ApiError.notFound("no stock with symbol " + symbol));
    Responses.one(ctx, StockCodec.COLUMNS, stock);
  }

  private void upsertOne(Context ctx) throws Exception {
    ThirdCode code = ThirdCodes.parse("third_code", ctx.pathParam("third_code"));
    MediaTypes.requireBody(ctx, false);
    JsonNode body = readJson(ctx);
    Fields fields = Fields.ofJson(body);
    String bodyCode = fields.text("third_code");
    if (bodyCode != null && !bodyCode.equals(code.value())) {
      throw new InvalidField("third_code", "must equal the code in the path (" + code.value() + ")");
    }
    if (bodyCode == null) {
      ((ObjectNode) body).put("third_code", code.value());
    }
    Stock stored = catalog.upsert(StockCodec.fromFields(fields));
    Responses.one(ctx, StockCodec.COLUMNS, stored);
  }

  private void upsertBatch(Context ctx) throws Exception {
    MediaTypes.requireBody(ctx, false);
    JsonNode body = readJson(ctx);
    JsonNode items = body.get("items");
    if (!body.isObject() || items == null || !items.isArray()) {
      throw new InvalidField("items", "the body must be {\"items\": [stock, ...]}");
    }
    List<Stock> stocks = RecordBodies.fromItems(items, StockCodec::fromFields);
    Responses.fields(ctx, "upserted", catalog.upsertAll(stocks));
  }

  private void missingFinance(Context ctx) throws Exception {
    LocalDate period = QueryParams.requiredDate(ctx, "period");
    LocalDate checkedBefore = QueryParams.requiredDate(ctx, "checked_before");
    int limit = QueryParams.integer(ctx, "limit", 200);
    List<ThirdCode> codes = catalog.missingFinance(period, checkedBefore, limit);
    var stream = new ItemStream<>(ctx, new Columns<ThirdCode>().add("third_code", ThirdCode::value));
    if (MediaTypes.wantsCsv(ctx)) {
      codes.forEach(stream);
      stream.finish();
      return;
    }
    // API.md: {"items": ["000001.SZ", ...]}, plain strings
    Responses.fields(ctx, "items", codes.stream().map(ThirdCode::value).toList());
  }

  private void markFinanceSynced(Context ctx) throws Exception {
    MediaTypes.requireBody(ctx, false);
    Fields fields = Fields.ofJson(readJson(ctx));
    List<String> texts = fields.textList("third_codes");
    if (texts == null) {
      throw new InvalidField("third_codes", "is required");
    }
    var codes = new ArrayList<ThirdCode>();
    for (int i = 0; i < texts.size(); i++) {
      codes.add(ThirdCodes.parse("third_codes[" + i + "]", texts.get(i)));
    }
    LocalDate syncDate = fields.requiredDate("sync_date");
    int updated = catalog.markFinanceSynced(new MarkFinanceSyncedCommand(codes, syncDate));
    Responses.fields(ctx, "updated", updated);
  }

  private JsonNode readJson(Context ctx) throws Exception {
    return JsonBodies.read(ctx, maxBody);
  }
}
