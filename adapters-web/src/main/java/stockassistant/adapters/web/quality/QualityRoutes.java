package stockassistant.adapters.web.quality;

import static stockassistant.adapters.web.http.Route.Param.Type.DATE;
import static stockassistant.adapters.web.http.Route.Param.Type.INTEGER;
import static stockassistant.adapters.web.http.Route.Param.Type.THIRD_CODES;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import stockassistant.adapters.web.codec.Json;
import stockassistant.adapters.web.codec.ThirdCodes;
import stockassistant.adapters.web.http.MediaTypes;
import stockassistant.adapters.web.http.QueryParams;
import stockassistant.adapters.web.http.Route;
import stockassistant.application.quality.AuditReport;
import stockassistant.application.quality.AuditRequest;
import stockassistant.application.quality.DataQuality;
import stockassistant.application.quality.FreshnessReport;
import stockassistant.domain.InvalidField;
import stockassistant.domain.stock.ThirdCode;

/** /api/v1/quality: the data-quality audit and the datasets' freshness, as `audit --json`. */
public final class QualityRoutes {
  /** Codes one request may name (in the query string). */
  static final int MAX_CODES = 1_000;
  private final DataQuality quality;

  public QualityRoutes(DataQuality quality) {
    this.quality = quality;
  }

  public List<Route> routes() {
    return Route.tagged("Quality",
        Route.get("/api/v1/quality", "Audit the stored data", this::audit)
            .operationId("getQualityReport")
            .describe("Runs every data-quality check (gaps, price_sanity, continuity, "
                + "price_limits, adj_factor, staleness, finance) over the range and codes, in "
                + "the database, and answers each check's count, counts by rule and first "
                + "examples, with every dataset's freshness; the same JSON as `audit --json`. "
                + "clean is false when any check found something. A full-market audit takes "
                + "seconds to a minute: narrow it with from, to or code.")
            .query("from", DATE, false, "first day audited (default: the oldest)", "2024-01-02")
            .query("to", DATE, false, "last day audited (default: the newest)", "2024-12-31")
            .query("code", THIRD_CODES, false, "comma-separated codes (default: every code)",
                "000001.SZ,600000.SH")
            .query("examples", INTEGER, false, "examples per check, 0..1000 (default 10)", "10")
            .returns("QualityReport").responds(400, "a parameter is invalid"),
        Route.get("/api/v1/quality/freshness", "Freshness of the stored data", this::freshness)
            .operationId("getFreshness")
            .describe("Per dataset (bars, daily_basic, adj_factor, finance) the newest stored "
                + "day, the newest open day of the calendar up to today and the open days "
                + "between them (age_days); cheap, unlike the audit.")
            .returns("Freshness"));
  }

  private void audit(Context ctx) throws Exception {
    var request = new AuditRequest(QueryParams.date(ctx, "from"), QueryParams.date(ctx, "to"),
        codes(ctx.queryParam("code")),
        QueryParams.integer(ctx, "examples", AuditRequest.DEFAULT_EXAMPLES));
    AuditReport report = quality.audit(request);
    FreshnessReport freshness = quality.freshness();
    ctx.contentType(MediaTypes.JSON).result(Json.MAPPER.writeValueAsBytes(
        QualityJson.of(report, freshness)));
  }

  private void freshness(Context ctx) throws Exception {
    ctx.contentType(MediaTypes.JSON).result(Json.MAPPER.writeValueAsBytes(
        QualityJson.freshness(quality.freshness())));
  }

  private static List<ThirdCode> codes(String text) {
    var codes = new ArrayList<ThirdCode>();
    if (text == null || text.isBlank()) {
      return codes;
    }
    String[] parts = text.split(",", -1);
    if (parts.length > MAX_CODES) {
      throw new InvalidField("code", "at most " + MAX_CODES + " codes are allowed");
    }
    for (String part : parts) {
      if (!part.isBlank()) {
        codes.add(ThirdCodes.parse("code", part.trim()));
      }
    }
    return codes;
  }
}
