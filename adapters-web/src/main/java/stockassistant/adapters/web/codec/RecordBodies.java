package stockassistant.adapters.web.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import stockassistant.domain.InvalidField;

/**
 * A batch body in any of its three forms, turned into records item by item: a JSON array of
 * objects, Tushare's {@code {"fields":[...],"items":[[...]]}} ({@code ts_code} meaning
 * third_code), or CSV with a header row. Every bad item is reported as {@code items[i].field};
 * one bad item rejects the batch, before anything is written.
 */
public final class RecordBodies {
  private static final int MAX_REPORTED = 50;
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
  /** Reads one value mid-stream; what follows it is the array's business, not an error. */
  private static final ObjectReader ONE_VALUE =
      Json.MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private RecordBodies() {}

  public static <T> List<T> read(InputStream body, BodyFormat format, Function<Fields, T> convert)
      throws IOException {
    var batch = new Batch<>(convert);
    if (format == BodyFormat.CSV) {
      readCsv(body, batch);
    } else {
      readJson(body, batch);
    }
    return batch.result();
  }

  /** The items of an already parsed JSON array, e.g. {@code {"items": [...]}}'s. */
  public static <T> List<T> fromItems(JsonNode items, Function<Fields, T> convert) {
    var batch = new Batch<>(convert);
    for (JsonNode item : items) {
      batch.add(item.isObject() ? Fields.ofJson(item) : null);
    }
    return batch.result();
  }

  private static <T> void readJson(InputStream body, Batch<T> batch) throws IOException {
    try (JsonParser parser = Json.MAPPER.createParser(body)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          JsonNode item = ONE_VALUE.readTree(parser);
          batch.add(item.isObject() ? Fields.ofJson(item) : null);
        }
      } else if (first == JsonToken.START_OBJECT) {
        readTushare(ONE_VALUE.readTree(parser), batch);
      } else {
        throw new InvalidField("body", "must be a JSON array of objects or a Tushare "
            + "{\"fields\": [...], \"items\": [[...]]} object");
      }
      if (parser.nextToken() != null) {
        throw new InvalidField("body", "has content after the end of the JSON value");
      }
    }
  }

  private static <T> void readTushare(JsonNode root, Batch<T> batch) {
    JsonNode fields = root.get("fields");
    JsonNode items = root.get("items");
    if (fields == null || !fields.isArray() || items == null || !items.isArray()) {
      throw new InvalidField("body", "a JSON object body must be Tushare's data object with "
          + "\"fields\" (array of names) and \"items\" (array of arrays)");
    }
    var names = new ArrayList<String>();
    for (int i = 0; i < fields.size(); i++) {
      if (!fields.get(i).isTextual()) {
        throw new InvalidField("fields[" + i + "]", "must be a JSON string");
      }
      names.add(columnName(fields.get(i).textValue()));
    }
    for (JsonNode item : items) {
      if (!item.isArray() || item.size() != names.size()) {
        batch.fail(new InvalidField("", "must be an array of " + names.size()
            + " values, one per field"));
        continue;
      }
      ObjectNode row = JsonNodeFactory.instance.objectNode();
      for (int i = 0; i < names.size(); i++) {
        row.set(names.get(i), item.get(i));
      }
      batch.add(Fields.ofJson(row));
    }
  }

  private static <T> void readCsv(InputStream body, Batch<T> batch) throws IOException {
    try (MappingIterator<List<String>> rows = CSV.readerForListOf(String.class)
        .readValues(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      if (!rows.hasNext()) {
        throw new InvalidField("body", "a CSV body needs a header row");
      }
      List<String> header = rows.next().stream().map(RecordBodies::columnName).toList();
      while (rows.hasNext()) {
        long line = rows.getCurrentLocation().getLineNr();
        List<String> cells = rows.next();
        if (cells.size() == 1 && cells.get(0).isEmpty()) {
          continue;
        }
        if (cells.size() != header.size()) {
          batch.fail(new InvalidField("", "line " + line + " has " + cells.size()
              + " cells but the header has " + header.size()));
          continue;
        }
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < cells.size(); i++) {
          String cell = cells.get(i);
          if (cell == null || cell.isEmpty()) {
            row.putNull(header.get(i));
          } else {
            row.put(header.get(i), cell);
          }
        }
        batch.add(Fields.ofCsv(row));
      }
    }
  }

  private static String columnName(String raw) {
    String name = raw.replace("\uFEFF", "").trim();
    return name.equals("ts_code") ? "third_code" : name;
  }

  /** The records so far, and every failure under its item index. */
  private static final class Batch<T> {
    private final Function<Fields, T> convert;
    private final List<T> records = new ArrayList<>();
    private final List<InvalidField> failures = new ArrayList<>();
    private int index;

    Batch(Function<Fields, T> convert) {
      this.convert = convert;
    }

    void add(Fields fields) {
      if (fields == null) {
        fail(new InvalidField("", "must be a JSON object"));
        return;
      }
      try {
        records.add(convert.apply(fields));
      } catch (InvalidField invalid) {
        failures.add(invalid.under("items[" + index + "]"));
      }
      index++;
    }

    void fail(InvalidField failure) {
      String where = "items[" + index + "]";
      failures.add(failure.field().isEmpty() ? new InvalidField(where, failure.reason())
          : failure.under(where));
      index++;
    }

    List<T> result() {
      if (!failures.isEmpty()) {
        throw new InvalidFields(failures.subList(0, Math.min(MAX_REPORTED, failures.size())));
      }
      return records;
    }
  }
}
