package stockassistant.adapters.web.codec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.function.Function;
import stockassistant.application.ingest.DecodedBatch;
import stockassistant.application.ingest.IngestInput;
import stockassistant.application.ingest.UnreadableInput;
import stockassistant.domain.InvalidField;

/**
 * Reads one file as decoded batches of at most {@code batchRows} rows, with the HTTP API's own
 * decoders, streaming: one batch is in memory at a time. A writing reading keeps each bad row in
 * the rejects file, in the input's own layout, as it meets it; the database is the caller's.
 */
public final class FileBatches<T> implements IngestInput.Reading<T> {
  private final Path path;
  private final BodyFormat format;
  private final RecordSource source;
  private final Function<Fields, T> decoder;
  private final int batchRows;
  /** Null for a reading that only checks. */
  private final RejectsFile rejects;
  private final Runnable finished;

  private FileBatches(Path path, BodyFormat format, RecordSource source,
      Function<Fields, T> decoder, int batchRows, Path rejects, Runnable finished) {
    this.path = path;
    this.format = format;
    this.source = source;
    this.decoder = decoder;
    this.batchRows = batchRows;
    this.rejects = rejects == null ? null : new RejectsFile(rejects, source);
    this.finished = finished;
  }

  /**
   * Starts reading {@code input}, the bytes of the file at {@code path}.
   *
   * @param rejects where bad rows are kept; null for a reading that only checks
   * @param finished runs once when the reading is closed (a progress bar ends)
   */
  public static <T> FileBatches<T> open(Path path, BodyFormat format, InputStream input,
      Function<Fields, T> decoder, int batchRows, Path rejects, Runnable finished)
      throws IOException {
    try {
      return new FileBatches<>(path, format, RecordSource.open(input, format), decoder, batchRows,
          rejects, finished);
    } catch (JacksonException malformed) {
      input.close();
      finished.run();
      throw new UnreadableInput(unreadable(format, malformed));
    } catch (IOException | RuntimeException unreadable) {
      input.close();
      finished.run();
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
      throw new UnreadableInput(unreadable(format, malformed));
    }
  }

  /** {@code file:line: field: reason}; JSON rows add their item index, as the API names them. */
  private String describe(SourceItem item, InvalidField invalid) {
    InvalidField named = source.shape() == RecordSource.Shape.CSV ? invalid
        : RecordBodies.atItem(item.index(), invalid);
    String where = path + ":" + item.line() + ": ";
    return named.field().isEmpty() ? where + named.reason() : where + named.getMessage();
  }

  /** Where and why a file stops being CSV or JSON, without the parser's internals. */
  public static String unreadable(BodyFormat format, JacksonException malformed) {
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
      finished.run();
    }
  }
}
