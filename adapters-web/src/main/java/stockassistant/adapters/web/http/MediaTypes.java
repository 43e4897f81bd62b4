package stockassistant.adapters.web.http;

import io.javalin.http.Context;
import java.util.Locale;
import stockassistant.adapters.web.codec.BodyFormat;
import stockassistant.adapters.web.errors.ApiError;

/** Content negotiation: which body format a request sends, which one it wants back. */
public final class MediaTypes {
  public static final String JSON = "application/json";
  public static final String CSV = "text/csv";
  /** Tushare's {fields, items}: any +json type is read as JSON, and the shape is detected. */
  public static final String TUSHARE = "application/vnd.tushare+json";

  private MediaTypes() {}

  /** The body's format; 415 for anything but the accepted ones. */
  public static BodyFormat requireBody(Context ctx, boolean csvAccepted) {
    String type = ctx.contentType();
    String base = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (base.equals(JSON) || base.endsWith("+json")) {
      return BodyFormat.JSON;
    }
    if (csvAccepted && base.equals(CSV)) {
      return BodyFormat.CSV;
    }
    throw ApiError.unsupportedMediaType("Content-Type must be " + JSON
        + (csvAccepted ? " or " + CSV : "") + (base.isEmpty() ? " (none was given)" : ", not " + base));
  }

  /** Whether the client asked for CSV rather than JSON. */
  public static boolean wantsCsv(Context ctx) {
    String accept = ctx.header("Accept");
    if (accept == null) {
      return false;
    }
    String lower = accept.toLowerCase(Locale.ROOT);
    int csv = lower.indexOf(CSV);
    int json = lower.indexOf(JSON);
    return csv >= 0 && (json < 0 || csv < json);
  }

  /** Whether the client's Accept names this media type (an Arrow stream, say). */
  public static boolean accepts(Context ctx, String mediaType) {
    String accept = ctx.header("Accept");
    return accept != null && accept.toLowerCase(Locale.ROOT).contains(mediaType);
  }
}
