package stockassistant.bootstrap.importer;

import java.io.IOException;
import java.util.function.Function;
import stockassistant.adapters.web.codec.Fields;
import stockassistant.application.ingest.DecodedRecords;
import stockassistant.application.ingest.IngestInput;
import stockassistant.application.ingest.IngestTarget;

/**
 * A checked file as the import use case reads it: decoded by the HTTP API's own decoder for its
 * kind, so a record in a file and one in a request body are held to the same rules.
 */
record FileInput<T>(ImportFile file, Function<Fields, T> decoder, IngestTarget<T> target,
    int batchRows, ImportProgress progress) implements IngestInput<T> {

  @Override
  public String name() {
    return file.path().toString();
  }

  @Override
  public String rejects() {
    return String.valueOf(file.rejects());
  }

  @Override
  public DecodedRecords<T> open(boolean check) throws IOException {
    return FileBatches.open(file, decoder, batchRows, progress, check);
  }
}
