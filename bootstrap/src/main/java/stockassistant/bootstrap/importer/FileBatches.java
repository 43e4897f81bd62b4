package stockassistant.bootstrap.importer;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.function.Function;
import stockassistant.adapters.web.codec.Fields;
import stockassistant.adapters.web.codec.RecordBodies;
import stockassistant.adapters.web.codec.RecordSource;
import stockassistant.adapters.web.codec.SourceItem;
import stockassistant.domain.InvalidField;

/**
 * Reads one file as decoded batches of at most {@code batchRows} rows, streaming: one batch is
 * in memory at a time. It never writes; whoever consumes the batches does.
 */
final class FileBatches<T> implements Closeable {
  private final ImportFile file;
  private final ImportProgress progress;
  private final RecordSource source;
  private final Function<Fields, T> decoder;
  private final int batchRows;

  private FileBatches(ImportFile file, ImportProgress progress, RecordSource source,
      Function<Fields, T> decoder, int batchRows) {
    this.file = file;
    this.progress = progress;
    this.source = source;
    this.decoder = decoder;
    this.batchRows = batchRows;
  }

  /** Opens the file with its bytes moving a bar of {@code progress}; closing this ends the bar. */
  static <T> FileBatches<T> open(ImportFile file, Function<Fields, T> decoder, int batchRows,
      ImportProgress progress, String task) throws IOException {
    InputStream input = progress.track(task, Files.size(file.path()),
        new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16));
    try {
      return new FileBatches<>(file, progress, RecordSource.open(input, file.format()), decoder,
          batchRows);
    } catch (IOException | RuntimeException unreadable) {
      input.close();
      progress.finish();
      throw unreadable;
    }
  }

  RecordSource source() {
    return source;
  }

  /** The next batch, or null at the end of the file. Malformed CSV or JSON throws. */
  DecodedBatch<T> next() throws IOException {
    var records = new ArrayList<T>();
    var bad = new ArrayList<BadRow>();
    long rows = 0;
    long firstLine = 0;
    long lastLine = 0;
    while (rows < batchRows) {
      SourceItem item = source.next();
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
        bad.add(new BadRow(item, describe(item, invalid)));
      }
    }
    return rows == 0 ? null : new DecodedBatch<>(records, bad, rows, firstLine, lastLine);
  }

  /** {@code file:line: field: reason}; JSON rows add their item index, as the API names them. */
  private String describe(SourceItem item, InvalidField invalid) {
    InvalidField named = source.shape() == RecordSource.Shape.CSV ? invalid
        : RecordBodies.atItem(item.index(), invalid);
    String where = file.path() + ":" + item.line() + ": ";
    return named.field().isEmpty() ? where + named.reason() : where + named.getMessage();
  }

  @Override
  public void close() throws IOException {
    try {
      source.close();
    } finally {
      progress.finish();
    }
  }
}
