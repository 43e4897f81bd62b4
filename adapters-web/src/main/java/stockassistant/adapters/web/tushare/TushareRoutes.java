package stockassistant.adapters.web.tushare;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.web.codec.InvalidFields;
import stockassistant.adapters.web.codec.Json;
import stockassistant.adapters.web.errors.ApiError;
import stockassistant.adapters.web.errors.ClientGone;
import stockassistant.adapters.web.http.LimitedBody;
import stockassistant.adapters.web.http.MediaTypes;
import stockassistant.adapters.web.http.Route;
import stockassistant.application.Window;
import stockassistant.application.calendar.MarketCalendar;
import stockassistant.application.finance.FinanceReports;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.stocks.StockCatalog;
import stockassistant.domain.DatabaseFull;
import stockassistant.domain.DatabaseUnavailable;
import stockassistant.domain.InvalidField;
import stockassistant.domain.QueryTimedOut;

/**
 * {@code POST /tushare}: a local Tushare Pro. A script written for Tushare's Python client works
 * against this service's data once the client's URL points here: the client posts
 * {@code {"api_name","token","params","fields"}} to its URL (newer clients to URL/api_name) and
 * reads {@code data.fields} and {@code data.items}. Every answer is HTTP 200, failures included
 * (a non-zero {@code code}, the reason in {@code msg}, {@code data} null), as Tushare answers.
 * Only read use cases are reachable from here: no request can make this endpoint write.
 */
public final class TushareRoutes {
  /** Where clients point their Tushare URL. Its token travels in the body, not a header. */
  public static final String PATH = "/tushare";
  private static final Logger log = LoggerFactory.getLogger(TushareRoutes.class);

  private final Map<String, TushareApi<?>> apis = new LinkedHashMap<>();
  private final byte[] token;
  private final long maxBody;

  /** @param token STOCK_API_TOKEN: when set, a request's {@code token} must equal it */
  public TushareRoutes(MarketData marketData, StockCatalog stocks, FinanceReports finance,
      MarketCalendar calendar, String token, long maxBody) {
    definitions(marketData, stocks, finance, calendar).forEach(api -> apis.put(api.name(), api));
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.maxBody = maxBody;
  }

  public List<Route> routes() {
    return Route.tagged("Tushare",
        Route.post(PATH, "Answer a Tushare Pro request", this::answer)
            .operationId("tushareQuery")
            .describe("Point a Tushare client's URL here; api_name one of "
                + String.join(", ", apis.keySet()) + ". The token travels in the body. Always "
                + "HTTP 200: code 0 and data, or a non-zero code and msg.")
            .answersInBody().body(MediaTypes.JSON, "TushareRequest").returns("TushareResponse"),
        Route.post(PATH + "/{api_name}", "Answer a Tushare Pro request named in the URL",
                this::answer)
            .operationId("tushareQueryNamed")
            .describe("The same, with the api_name at the end of the URL, as newer Tushare "
                + "clients post it.")
            .pathParam("api_name", "must agree with the body's api_name when both are given",
                "daily")
            .answersInBody().body(MediaTypes.JSON, "TushareRequest").returns("TushareResponse"));
  }

  /** Every api with its fields, for documentation (no facade behind them). */
  static List<TushareApi<?>> definitions(MarketData marketData, StockCatalog stocks,
      FinanceReports finance, MarketCalendar calendar) {
    var all = new ArrayList<TushareApi<?>>(ReferenceApis.all(stocks, finance, calendar));
    all.addAll(1, BarApis.all(marketData));
    return all;
  }

  private void answer(Context ctx) {
    String requestId = TushareAnswer.newRequestId();
    try {
      TushareRequest request = TushareRequest.of(body(ctx), apiNameInPath(ctx));
      checkToken(request.token());
      TushareApi<?> api = apis.get(request.apiName());
      if (api == null) {
        throw new TushareRefusal(TushareRefusal.UNKNOWN_API, "api_name: '" + request.apiName()
            + "' is not served here; this service answers " + String.join(", ", apis.keySet()));
      }
      stream(ctx, requestId, api, request);
    } catch (TushareRefusal refusal) {
      TushareAnswer.failure(ctx, requestId, refusal.code(), refusal.getMessage());
    } catch (InvalidField invalid) {
      TushareAnswer.failure(ctx, requestId, TushareRefusal.BAD_PARAMETER, invalid.getMessage());
    } catch (InvalidFields invalid) {
      TushareAnswer.failure(ctx, requestId, TushareRefusal.BAD_PARAMETER, String.join("; ",
          invalid.failures().stream().map(Throwable::getMessage).toList()));
    } catch (ApiError refused) {
      TushareAnswer.failure(ctx, requestId, refused.status() == 413 ? TushareRefusal.TOO_LARGE
          : TushareRefusal.BAD_PARAMETER, refused.getMessage());
    } catch (DatabaseUnavailable unavailable) {
      TushareAnswer.failure(ctx, requestId, TushareRefusal.DATABASE_UNAVAILABLE,
          unavailable.getMessage());
    } catch (DatabaseFull full) {
      TushareAnswer.failure(ctx, requestId, TushareRefusal.DISK_FULL, full.getMessage());
    } catch (QueryTimedOut timedOut) {
      TushareAnswer.failure(ctx, requestId, TushareRefusal.TIMED_OUT, timedOut.getMessage());
    } catch (CutShort cut) {
      throw cut.failure;
    } catch (ClientGone gone) {
      throw gone;
    } catch (RuntimeException unexpected) {
      log.error("Unexpected failure answering a Tushare request", unexpected);
      TushareAnswer.failure(ctx, requestId, TushareRefusal.UNEXPECTED,
          "an unexpected error occurred; it has been logged");
    }
  }

  private <T> void stream(Context ctx, String requestId, TushareApi<T> api,
      TushareRequest request) {
    TushareColumns.Selection<T> fields = api.columns().select(request.fields(), api.name());
    TushareParams params = TushareParams.of(request.params());
    Window window = params.window();
    var answer = new TushareAnswer<>(ctx, requestId, fields);
    boolean more;
    try {
      more = api.rows().stream(params, window, answer);
    } catch (RuntimeException failure) {
      if (answer.started()) {
        throw new CutShort(failure);
      }
      throw failure;
    }
    answer.finish(more);
  }

  private JsonNode body(Context ctx) {
    // any Content-Type: the oldest clients post JSON without saying so
    try (InputStream body = LimitedBody.of(ctx, maxBody)) {
      return Json.readBody(body);
    } catch (JacksonException unreadable) {
      throw new InvalidField("body", "is not valid JSON");
    } catch (IOException gone) {
      throw new ClientGone(gone);
    }
  }

  private static String apiNameInPath(Context ctx) {
    return ctx.pathParamMap().get("api_name");
  }

  private void checkToken(String given) {
    if (token == null) {
      return;
    }
    // constant-time comparison: the time taken says nothing about how much of the token matched
    if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token)) {
      throw new TushareRefusal(TushareRefusal.BAD_TOKEN, "token: missing or wrong; send the "
          + "token this service was started with (STOCK_API_TOKEN)");
    }
  }

  /** A failure after rows were sent: the answer can only end short, never turn into an error. */
  private static final class CutShort extends RuntimeException {
    private final RuntimeException failure;

    CutShort(RuntimeException failure) {
      super(failure.getMessage(), failure, false, false);
      this.failure = failure;
    }
  }
}
