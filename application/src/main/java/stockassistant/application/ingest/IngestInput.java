package stockassistant.application.ingest;

import java.io.IOException;

/** An input of an import (a file): its name, where its records go, how it is read (port). */
public interface IngestInput<T> {
  IngestTarget<T> target();

  /** As messages name it: the file's path. */
  String name();

  /** Where a writing reading keeps the bad rows, for the user to fix and import again. */
  String rejects();

  /**
   * Starts a reading, from the first row.
   *
   * @param check a reading that only checks (--strict's first pass): it keeps no bad row
   */
  DecodedRecords<T> open(boolean check) throws IOException;
}
