package stockassistant.bootstrap.importer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.function.Function;
import stockassistant.adapters.web.codec.BodyFormat;
import stockassistant.adapters.web.codec.Fields;
import stockassistant.adapters.web.codec.RecordBodies;
import stockassistant.adapters.web.codec.RecordSource;
import stockassistant.adapters.web.codec.SourceItem;
import stockassistant.application.ingest.DecodedBatch;
import stockassistant.application.ingest.IngestInput;
import stockassistant.application.ingest.UnreadableInput;
import stockassistant.domain.InvalidField;

/**
 * Reads one file as decoded batches of at most {@code batchRows} rows, streaming: one batch is
 * in memory at a time. A writing reading keeps each bad row in the file's rejects file as it
 * meets it; it never writes to the database, whoever consumes the batches does.
 */
final class FileBatches<T> implements IngestInput.Reading<T> {
  private final ImportFile file;
  private final ImportProgress progress;
  private final RecordSource source;
  private final Function<Fields, T> decoder;
  private final int batchRows;
  /** Null for a reading that only checks. */
  private final RejectsFile rejects;

  private FileBatches(ImportFile file, ImportProgress progress, RecordSource source,
      Function<Fields, T> decoder, int batchRows, boolean check) {
    this.file = file;
    this.progress = progress;
    this.source = source;
    this.decoder = decoder;
    this.batchRows = batchRows;
    this.rejects = check ? null : new RejectsFile(file.rejects(), source);
  }

  /**
   * Opens the file with its bytes moving a bar of {@code progress}; closing this ends the bar.
   *
   * @param check only checks: the bar says so, and no bad row is kept
   */
  static <T> FileBatches<T> open(ImportFile file, Function<Fields, T> decoder, int batchRows,
      ImportProgress progress, boolean check) throws IOException {
    String name = file.path().getFileName().toString();
    InputStream input = progress.track(check ? "check " + name : name, Files.size(file.path()),
        new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16));
    try {
      return new FileBatches<>(file, progress, RecordSource.open(input, file.format()), decoder,
          batchRows, check);
    } catch (JacksonException malformed) {
      input.close();
      progress.finish();
      throw new UnreadableInput(unreadable(file.format(), malformed));
    } catch (IOException | RuntimeException unreadable) {
      input.close();
      progress.finish();
      throw unreadable;
    }
  }

  /** The next batch, or null at the end of the file. Malformed CSV or JSON throws. */
  @Override
  public DecodedBatch<T> next() throws IOException {
    var records = new ArrayList<T>();
    var bad = new ArrayList<String>();
    long rows = 0;
    long firstLine = 0;
    long lastLine = 0;
    while (rows < batchRows) {
      SourceItem item = nextItem();
      if (item == null) {
        break;
      }
      if (rows++ == 0) {
        firstLine = item.line();
      }
      lastLine = item.line();
      try {
        records.add(item.decode(decoder));
      } catch (InvalidField invalid) {
        bad.add(describe(item, invalid));
        if (rejects != null) {
          rejects.write(item);
        }
      }
    }
    return rows == 0 ? null : new DecodedBatch<>(records, bad, rows, firstLine, lastLine);
  }

  private SourceItem nextItem() throws IOException {
    try {
      return source.next();
    } catch (JacksonException malformed) {
      throw new UnreadableInput(unreadable(file.format(), malformed));
    }
  }

  /** {@code file:line: field: reason}; JSON rows add their item index, as the API names them. */
  private String describe(SourceItem item, InvalidField invalid) {
    InvalidField named = source.shape() == RecordSource.Shape.CSV ? invalid
        : RecordBodies.atItem(item.index(), invalid);
    String where = file.path() + ":" + item.line() + ": ";
    return named.field().isEmpty() ? where + named.reason() : where + named.getMessage();
  }

  /** Where and why a file stops being CSV or JSON, without the parser's internals. */
  static String unreadable(BodyFormat format, JacksonException malformed) {
    JsonLocation where = malformed.getLocation();
    return "not valid " + format + (where == null ? "" : " at line " + where.getLineNr()
        + ", column " + where.getColumnNr()) + ": " + malformed.getOriginalMessage();
  }

  @Override
  public void close() throws IOException {
    try (source) {
      if (rejects != null) {
        rejects.close();
      }
    } finally {
      progress.finish();
    }
  }
}
