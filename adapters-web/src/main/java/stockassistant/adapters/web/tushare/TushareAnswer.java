package stockassistant.adapters.web.tushare;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import stockassistant.adapters.web.codec.Columns;
import stockassistant.adapters.web.codec.Json;
import stockassistant.adapters.web.errors.ClientGone;

/**
 * Tushare's answer, written row by row as the facade hands rows over (a page at a time, after
 * the page's database work, so a slow client holds no connection and a full market's history is
 * never held in memory): {@code {"request_id","code":0,"msg":"","data":{"fields":[...],
 * "items":[[...],...],"has_more":false}}}. Nothing is written before the first row, so a failure
 * before it still gets Tushare's error answer; a failure after rows were sent can only cut the
 * answer short.
 */
final class TushareAnswer<T> implements Consumer<T> {
  private final Context ctx;
  private final String requestId;
  private final TushareColumns.Selection<T> fields;
  private JsonGenerator json;

  TushareAnswer(Context ctx, String requestId, TushareColumns.Selection<T> fields) {
    this.ctx = ctx;
    this.requestId = requestId;
    this.fields = fields;
  }

  static String newRequestId() {
    return UUID.randomUUID().toString();
  }

  boolean started() {
    return json != null;
  }

  @Override
  public void accept(T row) {
    try {
      start();
      json.writeStartArray();
      List<Function<T, Object>> values = fields.values();
      for (int i = 0; i < values.size(); i++) {
        write(values.get(i).apply(row));
      }
      json.writeEndArray();
    } catch (IOException clientGone) {
      throw new ClientGone(clientGone);
    }
  }

  void finish(boolean hasMore) {
    try {
      start();
      json.writeEndArray();
      json.writeBooleanField("has_more", hasMore);
      json.writeEndObject();
      json.writeEndObject();
      json.close();
    } catch (IOException clientGone) {
      throw new ClientGone(clientGone);
    }
  }

  /** Tushare's failure answer: still HTTP 200, a non-zero code, the reason, no data. */
  static void failure(Context ctx, String requestId, int code, String message) {
    try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(ctx.outputStream())) {
      ctx.status(200).contentType("application/json; charset=utf-8");
      json.writeStartObject();
      json.writeStringField("request_id", requestId);
      json.writeNumberField("code", code);
      json.writeStringField("msg", message);
      json.writeNullField("data");
      json.writeEndObject();
    } catch (IOException clientGone) {
      throw new ClientGone(clientGone);
    }
  }

  private void start() throws IOException {
    if (json != null) {
      return;
    }
    ctx.contentType("application/json; charset=utf-8");
    json = Json.MAPPER.getFactory().createGenerator(ctx.outputStream());
    json.writeStartObject();
    json.writeStringField("request_id", requestId);
    json.writeNumberField("code", 0);
    json.writeStringField("msg", "");
    json.writeObjectFieldStart("data");
    json.writeArrayFieldStart("fields");
    for (String name : fields.names()) {
      json.writeString(name);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("items");
  }

  private void write(Object value) throws IOException {
    Columns.writeValue(json, value);
  }
}
