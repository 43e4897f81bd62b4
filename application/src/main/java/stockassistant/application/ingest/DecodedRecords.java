package stockassistant.application.ingest;

import java.io.Closeable;
import java.io.IOException;

/** One reading of an input, a batch at a time (port; the file reader in bootstrap is one). */
public interface DecodedRecords<T> extends Closeable {
  /**
   * The next batch, or null at the end.
   *
   * @throws UnreadableInput when the input stops being CSV or JSON part-way
   */
  DecodedBatch<T> next() throws IOException;
}
