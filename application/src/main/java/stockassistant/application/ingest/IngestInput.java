package stockassistant.application.ingest;

import java.io.Closeable;
import java.io.IOException;

/**
 * An input of an import (a file; port): what messages call it, where its bad rows are kept, where
 * its records go, and how it is read.
 */
public record IngestInput<T>(String name, String rejects, IngestTarget<T> target,
    Opening<T> opening) {

  /** Starts a reading from the first row; one that only {@code check}s keeps no bad row. */
  public interface Opening<T> {
    Reading<T> open(boolean check) throws IOException;
  }

  /** One reading of the input, a decoded batch at a time (bootstrap's file reader is one). */
  public interface Reading<T> extends Closeable {
    /** The next batch, or null at the end; {@link UnreadableInput} when it stops being CSV/JSON. */
    DecodedBatch<T> next() throws IOException;
  }
}
