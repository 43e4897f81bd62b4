package stockassistant.adapters.web.http;

import io.javalin.http.Context;
import java.util.Map;
import stockassistant.adapters.web.codec.Columns;
import stockassistant.adapters.web.codec.Json;

/** Small JSON answers: one record, or a handful of named values. */
public final class Responses {
  private Responses() {}

  public static <T> void one(Context ctx, Columns<T> columns, T item) {
    ctx.contentType("application/json").result(columns.toJson(item));
  }

  /** Named values in the order given, e.g. {@code "received", 3, "upserted", 2}. */
  public static void fields(Context ctx, Object... namesAndValues) throws Exception {
    var fields = new java.util.LinkedHashMap<String, Object>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    fields(ctx, fields);
  }

  public static void fields(Context ctx, Map<String, Object> fields) throws Exception {
    ctx.contentType("application/json").result(Json.MAPPER.writeValueAsString(fields));
  }
}
