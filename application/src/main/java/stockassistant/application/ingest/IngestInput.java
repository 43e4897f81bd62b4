package stockassistant.application.ingest;

import java.io.Closeable;
import java.io.IOException;

/** An input of an import (a file): its name, where its records go, how it is read (port). */
public interface IngestInput<T> {
  IngestTarget<T> target();

  /** As messages name it: the file's path. */
  String name();

  /** Where a writing reading keeps the bad rows, for the user to fix and import again. */
  String rejects();

  /** Starts a reading from the first row; one that only {@code check}s keeps no bad row. */
  Reading<T> open(boolean check) throws IOException;

  /** One reading of the input, a decoded batch at a time (bootstrap's file reader is one). */
  interface Reading<T> extends Closeable {
    /** The next batch, or null at the end; {@link UnreadableInput} when it stops being CSV/JSON. */
    DecodedBatch<T> next() throws IOException;
  }
}
