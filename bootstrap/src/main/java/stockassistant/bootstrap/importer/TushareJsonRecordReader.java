package stockassistant.bootstrap.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * A Tushare response, {@code {"fields":[...],"items":[[...],...]}}, bare or under {@code "data"},
 * streamed token by token: the items array is never materialised.
 */
public final class TushareJsonRecordReader implements RecordReader {
  private static final JsonFactory JSON = new JsonFactory();

  private final JsonParser parser;
  private final List<String> header;

  public TushareJsonRecordReader(InputStream input) throws IOException {
    this.parser = JSON.createParser(input);
    this.header = Columns.normalise(readFieldsThenEnterItems());
  }

  private List<String> readFieldsThenEnterItems() throws IOException {
    List<String> fields = null;
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      if (token != JsonToken.FIELD_NAME) {
        continue;
      }
      String name = parser.currentName();
      if (name.equals("fields")) {
        parser.nextToken();
        fields = new ArrayList<>();
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
          fields.add(parser.getText());
        }
      } else if (name.equals("items")) {
        if (fields == null) {
          throw new BadRecord(line(), "\"items\" comes before \"fields\"; cannot stream it");
        }
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          throw new BadRecord(line(), "\"items\" must be an array of arrays");
        }
        return fields;
      }
    }
    throw new BadRecord(line(), "not a Tushare response: no \"fields\" and \"items\"");
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public SourceRecord next() {
    try {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY || token == null) {
        return null;
      }
      long line = line();
      if (token != JsonToken.START_ARRAY) {
        throw new BadRecord(line, "each item must be an array of values");
      }
      var values = new HashMap<String, Object>(header.size() * 2);
      int index = 0;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (index >= header.size()) {
          throw new BadRecord(line, "has more values than \"fields\" names");
        }
        values.put(header.get(index++), switch (token) {
          case VALUE_NULL -> null;
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
          case VALUE_STRING -> parser.getText();
          default -> throw new BadRecord(line, header.get(index - 1) + ": unexpected " + token);
        });
      }
      if (index != header.size()) {
        throw new BadRecord(line, "has " + index + " values but \"fields\" has " + header.size());
      }
      return new SourceRecord(line, values);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private long line() {
    return parser.currentLocation().getLineNr();
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
