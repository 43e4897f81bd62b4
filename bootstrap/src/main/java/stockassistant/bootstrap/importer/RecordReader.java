package stockassistant.bootstrap.importer;

import java.io.Closeable;
import java.util.List;

/** Streams the rows of one file, one at a time; never holds the file in memory. */
public interface RecordReader extends Closeable {

  /** The column names, with {@code ts_code} already renamed to {@code third_code}. */
  List<String> header();

  /** The next row, or null at the end. Throws {@link BadRecord} for a row that cannot be read. */
  SourceRecord next();
}
