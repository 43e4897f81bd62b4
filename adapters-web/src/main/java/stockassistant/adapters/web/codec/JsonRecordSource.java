package stockassistant.adapters.web.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import stockassistant.domain.InvalidField;

/**
 * A JSON array of objects, or Tushare's fields and items, read token by token: only the current
 * item is ever a tree. Tushare writes "fields" before "items", which is what lets the items
 * stream; an "items" that comes first is held in memory until "fields" says what its values are.
 */
final class JsonRecordSource implements RecordSource {
  private static final String NOT_A_RECORD_BODY = "must be a JSON array of objects or a Tushare "
      + "{\"fields\": [...], \"items\": [[...]]} object";

  private final JsonParser parser;
  private final Shape shape;
  private List<String> columns = List.of();
  private boolean fieldsSeen;
  /** Objects open around the items: 1 for a bare data object, 2 inside a whole response. */
  private int openObjects;
  private boolean streaming;
  private Iterator<JsonNode> heldItems;
  /** A JSON array's first item, read ahead to learn the columns. */
  private JsonNode firstItem;
  private long firstLine;
  private long index;

  JsonRecordSource(InputStream input) throws IOException {
    this.parser = Json.bodyParser(input);
    JsonToken first = parser.nextToken();
    if (first == JsonToken.START_ARRAY) {
      shape = Shape.JSON_ARRAY;
      streaming = true;
      if (parser.nextToken() != JsonToken.END_ARRAY) {
        firstLine = parser.currentTokenLocation().getLineNr();
        firstItem = Json.ONE_VALUE.readTree(parser);
        if (firstItem.isObject()) {
          columns = firstItem.properties().stream().map(Map.Entry::getKey).toList();
        }
      } else {
        streaming = false;
        requireEndOfInput();
      }
    } else if (first == JsonToken.START_OBJECT) {
      shape = Shape.TUSHARE;
      openObjects = 1;
      findItems();
    } else {
      throw new InvalidField("body", NOT_A_RECORD_BODY);
    }
  }

  @Override
  public Shape shape() {
    return shape;
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public SourceItem next() throws IOException {
    if (firstItem != null) {
      JsonNode first = firstItem;
      firstItem = null;
      return item(first, firstLine);
    }
    if (heldItems != null) {
      return heldItems.hasNext() ? item(heldItems.next(), 1) : null;
    }
    if (!streaming) {
      return null;
    }
    if (parser.nextToken() == JsonToken.END_ARRAY) {
      streaming = false;
      if (shape == Shape.TUSHARE) {
        skipToEnd();
      } else {
        requireEndOfInput();
      }
      return null;
    }
    long line = parser.currentTokenLocation().getLineNr();
    return item(Json.ONE_VALUE.readTree(parser), line);
  }

  private SourceItem item(JsonNode raw, long line) {
    long at = index++;
    try {
      if (shape == Shape.TUSHARE) {
        return SourceItem.of(at, line, raw, Fields.ofJson(row(raw)));
      }
      NonFiniteNumbers.refuse(raw, "");
      return SourceItem.of(at, line, raw, Fields.ofJson(raw));
    } catch (InvalidField invalid) {
      return SourceItem.unreadable(at, line, raw,
          invalid.field().equals("body") ? new InvalidField("", invalid.reason()) : invalid);
    }
  }

  /** A Tushare item, its values named by "fields". */
  private ObjectNode row(JsonNode item) {
    if (!item.isArray() || item.size() != columns.size()) {
      throw new InvalidField("", "must be an array of " + columns.size()
          + " values, one per field");
    }
    ObjectNode row = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < columns.size(); i++) {
      NonFiniteNumbers.refuse(item.get(i), columns.get(i));
      row.set(columns.get(i), item.get(i));
    }
    return row;
  }

  /** Walks the object(s) up to the items array, learning the fields on the way. */
  private void findItems() throws IOException {
    String code = null;
    String message = null;
    while (true) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_OBJECT) {
        if (--openObjects == 0) {
          requireEndOfInput();
          if (heldItems == null || !fieldsSeen) {
            throw new InvalidField("body", "a JSON object body must be Tushare's data object with "
                + "\"fields\" (array of names) and \"items\" (array of arrays)");
          }
          return;
        }
        continue;
      }
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "fields" -> readFields();
        case "items" -> {
          if (value != JsonToken.START_ARRAY) {
            throw new InvalidField("items", "must be an array of arrays");
          }
          if (fieldsSeen) {
            streaming = true;
            return;
          }
          JsonNode items = Json.ONE_VALUE.readTree(parser);
          heldItems = items.iterator();
        }
        case "data" -> {
          if (value == JsonToken.START_OBJECT && openObjects == 1) {
            openObjects++;
          } else if (value == JsonToken.VALUE_NULL) {
            throw new InvalidField("data", "is null: the Tushare response holds no data (code "
                + code + ", msg " + message + ")");
          } else {
            parser.skipChildren();
          }
        }
        case "code" -> code = parser.getValueAsString();
        case "msg" -> message = parser.getValueAsString();
        default -> parser.skipChildren();
      }
    }
  }

  private void readFields() throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw new InvalidField("fields", "must be an array of names");
    }
    var names = new ArrayList<String>();
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw new InvalidField("fields[" + i + "]", "must be a JSON string");
      }
      names.add(RecordSource.columnName(parser.getText()));
    }
    columns = names;
    fieldsSeen = true;
  }

  /** Past the items: the rest of the enclosing object(s) is skipped, then nothing may follow. */
  private void skipToEnd() throws IOException {
    while (openObjects > 0) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_OBJECT) {
        openObjects--;
      } else if (token == JsonToken.FIELD_NAME) {
        parser.nextToken();
        parser.skipChildren();
      }
    }
    requireEndOfInput();
  }

  private void requireEndOfInput() throws IOException {
    if (parser.nextToken() != null) {
      throw new InvalidField("body", "has content after the end of the JSON value");
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
