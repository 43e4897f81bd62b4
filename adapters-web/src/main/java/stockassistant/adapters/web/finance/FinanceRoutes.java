package stockassistant.adapters.web.finance;

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
    return List.of(
        Route.post("/api/v1/finance", "Upsert finance reports (JSON array or Tushare "
            + "fields/items); duplicates collapse to the last; all or nothing", this::upsert)
            .body("FinanceBatch", MediaTypes.JSON).returns("ReceivedUpserted")
            .responds(400, "an invalid report; nothing stored"),
        Route.get("/api/v1/finance/{third_code}", "The most recent reports, newest period first",
                this::recent)
            .pathParam("third_code", "e.g. 000001.SZ")
            .query("limit", "integer", false, "1..200 (default 8)")
            .returns("FinanceList").responds(400, "invalid code or limit"));
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
    var stream = new ItemStream<>(ctx, FinanceCodec.COLUMNS);
    reports.recent(code, limit).forEach(stream);
    stream.finish();
  }
}
