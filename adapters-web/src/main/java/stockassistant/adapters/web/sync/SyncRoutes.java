package stockassistant.adapters.web.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.web.codec.Dates;
import stockassistant.adapters.web.errors.Problem;
import stockassistant.adapters.web.errors.ProblemWriter;
import stockassistant.adapters.web.http.JsonBodies;
import stockassistant.adapters.web.http.MediaTypes;
import stockassistant.adapters.web.http.Responses;
import stockassistant.adapters.web.http.Route;
import stockassistant.application.sync.MarketSync;
import stockassistant.application.sync.SyncBusy;
import stockassistant.application.sync.SyncCounters;
import stockassistant.application.sync.SyncPart;
import stockassistant.application.sync.SyncProgress;
import stockassistant.application.sync.SyncRequest;
import stockassistant.application.sync.SyncStatus;
import stockassistant.domain.InvalidField;
import stockassistant.domain.sync.RejectedRow;
import stockassistant.domain.sync.SyncRun;

/**
 * {@code /api/v1/sync}: the Tushare sync's status (GET) and a run started now (POST, a write: it
 * needs the token when one is configured). A run already going, here or in another process, is
 * a 409; a server without TUSHARE_TOKEN answers 503 naming it.
 */
public final class SyncRoutes {
  public static final String PATH = "/api/v1/sync";
  private static final Logger log = LoggerFactory.getLogger(SyncRoutes.class);
  private final MarketSync sync;
  private final boolean configured;
  private final long maxBody;

  /** @param configured whether TUSHARE_TOKEN is set (a run could start at all) */
  public SyncRoutes(MarketSync sync, boolean configured, long maxBody) {
    this.sync = sync;
    this.configured = configured;
    this.maxBody = maxBody;
  }

  public List<Route> routes() {
    return Route.tagged("Sync",
        Route.get(PATH, "Show the Tushare sync's status", this::status)
            .operationId("getSyncStatus")
            .describe("Whether a sync runs now, the last run (outcome, counts, message), "
                + "freshness (the newest stored trade day against the newest open day of the "
                + "calendar up to today), days waiting for late data and the newest refused "
                + "upstream rows.")
            .returns("SyncStatus"),
        Route.post(PATH, "Start a Tushare sync now", this::start)
            .operationId("startSync")
            .describe("Starts a run in the background and answers at once (202). The body is "
                + "optional: from and to (YYYYMMDD or ISO), only (stocks, bars, finance), "
                + "refresh. 409 while a run is going; 503 when TUSHARE_TOKEN is not set.")
            .body(MediaTypes.JSON, "SyncRequest").returns("SyncStatus")
            .responds(202, "started").respondsWithBody(409, "a sync is already running")
            .respondsWithBody(503, "the server has no TUSHARE_TOKEN")
            .responds(400, "the request is invalid"));
  }

  private void status(Context ctx) throws Exception {
    Responses.fields(ctx, render(sync.status()));
  }

  private void start(Context ctx) throws Exception {
    SyncRequest request = request(ctx);
    if (!configured) {
      ProblemWriter.write(ctx, Problem.of(503, "TUSHARE_TOKEN is not set on this server, so it "
          + "cannot sync; set it and restart"));
      return;
    }
    try {
      sync.start(request, new LoggedProgress());
    } catch (SyncBusy busy) {
      ProblemWriter.write(ctx, Problem.of(409, busy.getMessage()));
      return;
    }
    ctx.status(202);
    Responses.fields(ctx, render(sync.status()));
  }

  private SyncRequest request(Context ctx) throws Exception {
    String length = ctx.header("Content-Length");
    if (ctx.contentLength() <= 0 && (length == null || length.equals("0"))) {
      return SyncRequest.daily();
    }
    JsonNode body = JsonBodies.read(ctx, maxBody);
    if (!body.isObject()) {
      throw new InvalidField("body", "must be a JSON object");
    }
    LocalDate from = date(body, "from");
    LocalDate to = date(body, "to");
    Set<SyncPart> parts = EnumSet.noneOf(SyncPart.class);
    JsonNode only = body.path("only");
    if (!only.isMissingNode() && !only.isNull()) {
      if (!only.isArray()) {
        throw new InvalidField("only", "must be an array of stocks, bars, finance");
      }
      for (JsonNode part : only) {
        try {
          parts.add(SyncPart.valueOf(part.asText().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
          throw new InvalidField("only", "must name stocks, bars or finance, not '"
              + part.asText() + "'");
        }
      }
    }
    JsonNode refresh = body.path("refresh");
    if (!refresh.isMissingNode() && !refresh.isNull() && !refresh.isBoolean()) {
      throw new InvalidField("refresh", "must be true or false");
    }
    return new SyncRequest(from, to, parts, refresh.asBoolean(false));
  }

  private static LocalDate date(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidField(field, "must be a date string (YYYYMMDD or YYYY-MM-DD)");
    }
    return Dates.parse(field, value.textValue());
  }

  static Map<String, Object> render(SyncStatus status) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("running", status.running());
    fields.put("last_run", status.lastRun() == null ? null : run(status.lastRun()));
    fields.put("newest_stored_day", text(status.newestStoredDay()));
    fields.put("newest_open_day", text(status.newestOpenDay()));
    fields.put("open_days_behind", status.openDaysBehind());
    fields.put("incomplete_days", status.incompleteDays());
    var rejected = new ArrayList<Map<String, Object>>();
    for (RejectedRow row : status.recentRejected()) {
      var item = new LinkedHashMap<String, Object>();
      item.put("api", row.api());
      item.put("day", text(row.day()));
      item.put("row", row.row());
      item.put("reason", row.reason());
      rejected.add(item);
    }
    fields.put("recent_rejected", rejected);
    return fields;
  }

  private static Map<String, Object> run(SyncRun run) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("id", run.id());
    fields.put("started_at", run.startedAt() == null ? null : run.startedAt().toString());
    fields.put("finished_at", run.finishedAt() == null ? null : run.finishedAt().toString());
    fields.put("request", run.request());
    fields.put("outcome", run.outcome());
    fields.put("message", run.message());
    fields.put("days", run.days());
    fields.put("rows", run.rows());
    fields.put("calls", run.calls());
    fields.put("waits", run.waits());
    fields.put("rejected", run.rejected());
    return fields;
  }

  private static String text(LocalDate day) {
    return day == null ? null : day.toString();
  }

  /** A background run started over HTTP reports to the log. */
  private static final class LoggedProgress implements SyncProgress {
    private long lastLine;

    @Override
    public void update(SyncCounters c) {
      long now = System.nanoTime();
      if (now - lastLine > 5_000_000_000L) {
        lastLine = now;
        log.info("sync {}: {}/{} day(s), {} row(s), {} call(s), {} wait(s)", c.phase(),
            c.daysDone(), c.daysPlanned(), c.rows(), c.calls(), c.waits());
      }
    }

    @Override
    public void note(String message) {
      log.info("sync: {}", message);
    }
  }
}
