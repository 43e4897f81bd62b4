package stockassistant.adapters.web.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;
import stockassistant.adapters.web.codec.Columns;
import stockassistant.adapters.web.codec.Json;
import stockassistant.adapters.web.errors.ClientGone;

/**
 * A list response written item by item as the facade hands over rows (a page at a time, after
 * the page's database work is done, so a slow client holds no connection): {@code {"items":[...]}}
 * in JSON, or CSV with a header row when the client sent {@code Accept: text/csv}. Nothing is
 * written before the first item, so a failure before any row still gets a proper status and
 * problem body; a failure after rows were sent can only cut the response short.
 */
public final class ItemStream<T> implements Consumer<T> {
  private static final CsvMapper CSV = new CsvMapper();

  private final Context ctx;
  private final Columns<T> columns;
  private final boolean csv;
  private JsonGenerator json;
  private SequenceWriter csvRows;

  public ItemStream(Context ctx, Columns<T> columns) {
    this.ctx = ctx;
    this.columns = columns;
    this.csv = MediaTypes.wantsCsv(ctx);
  }

  @Override
  public void accept(T item) {
    try {
      start();
      if (csv) {
        csvRows.write(columns.csvCells(item));
      } else {
        columns.writeJson(json, item);
      }
    } catch (IOException clientGone) {
      throw new ClientGone(clientGone);
    }
  }

  /** Ends the list; {@code extra} fields (e.g. skip, limit) follow the items in JSON. */
  public void finish(Map<String, Object> extra) {
    try {
      start();
      if (csv) {
        csvRows.close();
        return;
      }
      json.writeEndArray();
      for (Map.Entry<String, Object> field : extra.entrySet()) {
        json.writeObjectField(field.getKey(), field.getValue());
      }
      json.writeEndObject();
      json.close();
    } catch (IOException clientGone) {
      throw new ClientGone(clientGone);
    }
  }

  public void finish() {
    finish(Map.of());
  }

  private void start() throws IOException {
    if (json != null || csvRows != null) {
      return;
    }
    if (csv) {
      ctx.contentType("text/csv; charset=utf-8");
      CsvSchema schema = CsvSchema.builder().addColumns(columns.names(), CsvSchema.ColumnType.STRING)
          .build().withHeader();
      // no flush per row: rows go out in the generator's 8 KB chunks, and Javalin decides to
      // compress (Accept-Encoding: gzip) on a first write that size, never on a header line
      csvRows = CSV.writer(schema).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
          .writeValues(ctx.outputStream());
    } else {
      ctx.contentType("application/json");
      json = Json.MAPPER.getFactory().createGenerator(ctx.outputStream());
      json.writeStartObject();
      json.writeArrayFieldStart("items");
    }
  }
}
