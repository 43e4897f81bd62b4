package stockassistant.adapters.web.codec;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The records of a request body or an import file, one at a time and never all in memory: CSV
 * with a header row, a JSON array of objects, or Tushare's {@code {"fields": [...], "items":
 * [[...]]}} (bare, or as the {@code data} of a whole Tushare response). The HTTP routes and the
 * importer both read through it, so a record is held to the same rules wherever it comes from.
 */
public interface RecordSource extends Closeable {

  /** The layout the records came in; a rejected item is written back in the same one. */
  enum Shape {
    CSV,
    JSON_ARRAY,
    TUSHARE
  }

  /** Opens the source and reads up to its first record; a body of no known shape is refused. */
  static RecordSource open(InputStream input, BodyFormat format) throws IOException {
    return format == BodyFormat.CSV ? new CsvRecordSource(input) : new JsonRecordSource(input);
  }

  Shape shape();

  /** The column names as given (CSV header, Tushare fields, the first object's keys). */
  List<String> columns();

  /** The next record, good or bad, or null at the end. Malformed CSV or JSON throws. */
  SourceItem next() throws IOException;

  /** A column name without the byte-order mark Excel puts before the first one. */
  static String columnName(String raw) {
    return raw.replace("\uFEFF", "").trim();
  }
}
