package stockassistant.adapters.web.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How one record type looks on the wire: named columns in order, each reading one value. The
 * same description renders a JSON object and a CSV row, so the two formats cannot disagree.
 */
public final class Columns<T> {
  private final List<String> names = new ArrayList<>();
  /** Names encoded once, not once per row: a long list writes them thousands of times. */
  private final List<SerializedString> encodedNames = new ArrayList<>();
  private final List<Function<T, Object>> values = new ArrayList<>();

  public Columns<T> add(String name, Function<T, Object> value) {
    names.add(name);
    encodedNames.add(new SerializedString(name));
    values.add(value);
    return this;
  }

  public List<String> names() {
    return names;
  }

  public void writeJson(JsonGenerator json, T item) throws IOException {
    json.writeStartObject();
    for (int i = 0; i < names.size(); i++) {
      json.writeFieldName(encodedNames.get(i));
      writeValue(json, values.get(i).apply(item));
    }
    json.writeEndObject();
  }

  public String toJson(T item) {
    var out = new StringWriter();
    try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out)) {
      writeJson(json, item);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toString();
  }

  public List<String> csvCells(T item) {
    var cells = new ArrayList<String>(names.size());
    for (Function<T, Object> value : values) {
      Object cell = value.apply(item);
      cells.add(cell == null ? "" : cell instanceof List<?> list
          ? String.join(";", list.stream().map(String::valueOf).toList()) : String.valueOf(cell));
    }
    return cells;
  }

  /** One JSON value as the API writes it (dates ISO, lists as arrays). */
  public static void writeValue(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Double number) {
      json.writeNumber(number);
    } else if (value instanceof Integer number) {
      json.writeNumber(number);
    } else if (value instanceof Long number) {
      json.writeNumber(number);
    } else if (value instanceof Boolean flag) {
      json.writeBoolean(flag);
    } else if (value instanceof LocalDate || value instanceof OffsetDateTime) {
      json.writeString(value.toString());
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object element : list) {
        writeValue(json, element);
      }
      json.writeEndArray();
    } else {
      json.writeString(value.toString());
    }
  }
}
