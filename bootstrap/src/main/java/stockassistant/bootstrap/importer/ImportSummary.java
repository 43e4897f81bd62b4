package stockassistant.bootstrap.importer;

import java.util.Locale;

/** What an import did, for the closing line and the exit code. */
public final class ImportSummary {
  long files;
  long rowsRead;
  long rowsWritten;
  long badRows;
  long batchesSkipped;
  long nanos;

  public long rowsRead() {
    return rowsRead;
  }

  public long rowsWritten() {
    return rowsWritten;
  }

  public long badRows() {
    return badRows;
  }

  public long batchesSkipped() {
    return batchesSkipped;
  }

  @Override
  public String toString() {
    double seconds = nanos / 1e9;
    return String.format(Locale.ROOT,
        "%d file(s), %d rows read, %d rows upserted, %d bad row(s), %d batch(es) not written, "
            + "%.1f s, %.0f rows/s", files, rowsRead, rowsWritten, badRows, batchesSkipped,
        seconds, seconds > 0 ? rowsRead / seconds : 0.0);
  }
}
