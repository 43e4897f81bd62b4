package stockassistant.adapters.web.finance;

import static stockassistant.adapters.web.http.Route.Param.Type.DATE;
import static stockassistant.adapters.web.http.Route.Param.Type.INTEGER;

import io.javalin.http.Context;
import java.io.InputStream;
import java.util.List;
import stockassistant.adapters.web.codec.BodyFormat;
import stockassistant.adapters.web.codec.RecordBodies;
import stockassistant.adapters.web.codec.ThirdCodes;
import stockassistant.adapters.web.http.ItemStream;
import stockassistant.adapters.web.http.LimitedBody;
import stockassistant.adapters.web.http.MediaTypes;
import stockassistant.adapters.web.http.QueryParams;
import stockassistant.adapters.web.http.Responses;
import stockassistant.adapters.web.http.Route;
import stockassistant.application.UpsertResult;
import stockassistant.application.finance.FinanceReports;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.stock.ThirdCode;

/** /api/v1/finance: quarterly indicators. */
public final class FinanceRoutes {
  private final FinanceReports reports;
  private final long maxBody;

  public FinanceRoutes(FinanceReports reports, long maxBody) {
    this.reports = reports;
    this.maxBody = maxBody;
  }

  public List<Route> routes() {
    return Route.tagged("Finance",
        Route.post("/api/v1/finance", "Upsert finance reports", this::upsert)
            .operationId("upsertFinanceReports")
            .describe("Body: a JSON array of reports or Tushare's {\"fields\", \"items\"}. "
                + "Duplicates of (third_code, ann_date, end_date) collapse to the last one. All "
                + "or nothing.")
            .body(MediaTypes.JSON, "FinanceReportInput[]")
            .body(MediaTypes.TUSHARE, "TushareData").returns("ReceivedUpserted")
            .responds(400, "a report is invalid; nothing is stored"),
        Route.get("/api/v1/finance/{third_code}", "Get recent finance reports", this::recent)
            .operationId("getFinanceReports")
            .describe("The most recent reports of one code, newest period first. With as_of: "
                + "the reports as known on that day (point in time), per report period the "
                + "latest revision announced on or before it; later revisions are never seen.")
            .pathCode("third_code", "000001.SZ")
            .query("limit", INTEGER, false, "1..200 (default 8)", "8")
            .query("as_of", DATE, false, "point in time: only revisions announced on or "
                + "before this day, the latest per report period", "2024-04-30")
            .returns("FinanceList").responds(400, "the code, limit or as_of is invalid"));
  }

  private void upsert(Context ctx) throws Exception {
    BodyFormat format = MediaTypes.requireBody(ctx, false);
    List<FinanceReport> batch;
    try (InputStream body = LimitedBody.of(ctx, maxBody)) {
      batch = RecordBodies.read(body, format, FinanceCodec::fromFields);
    }
    UpsertResult result = reports.upsert(batch);
    Responses.fields(ctx, "received", result.received(), "upserted", result.upserted());
  }

  private void recent(Context ctx) {
    ThirdCode code = ThirdCodes.parse("third_code", ctx.pathParam("third_code"));
    int limit = QueryParams.integer(ctx, "limit", 8);
    var asOf = QueryParams.date(ctx, "as_of");
    var stream = new ItemStream<>(ctx, FinanceCodec.COLUMNS);
    reports.recent(code, limit, asOf).forEach(stream);
    stream.finish();
  }
}
