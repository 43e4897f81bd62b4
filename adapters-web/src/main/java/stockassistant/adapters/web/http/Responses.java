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

  public static void fields(Context ctx, Map<String, Object> fields) throws Exception {
    ctx.contentType("application/json").result(Json.MAPPER.writeValueAsString(fields));
  }
}
