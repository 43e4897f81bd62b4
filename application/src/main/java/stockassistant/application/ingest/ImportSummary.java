package stockassistant.application.ingest;

import java.util.Locale;

/**
 * What an import did, for the closing line and the exit code; readable while the import runs or
 * after it failed part-way (its rows upserted are the rows committed before the failure).
 */
public final class ImportSummary {
  long files;
  long rowsRead;
  long rowsUpserted;
  long badRows;
  long rowsNotWritten;
  long filesRefused;
  long filesCutShort;
  long nanos;

  public long rowsRead() {
    return rowsRead;
  }

  public synchronized long rowsUpserted() {
    return rowsUpserted;
  }

  /** Counted on the writer lanes. */
  synchronized void written(int rows) {
    rowsUpserted += rows;
  }

  synchronized void notWritten(int rows) {
    rowsNotWritten += rows;
  }

  public long badRows() {
    return badRows;
  }

  /** Files left out whole by --strict because they held bad rows. */
  public long filesRefused() {
    return filesRefused;
  }

  /** Every row of every file is stored. */
  public boolean complete() {
    return badRows == 0 && rowsNotWritten == 0 && filesRefused == 0 && filesCutShort == 0;
  }

  @Override
  public synchronized String toString() {
    double seconds = nanos / 1e9;
    var text = new StringBuilder(String.format(Locale.ROOT,
        "%d file(s), %d row(s) read, %d upserted, %d bad", files, rowsRead, rowsUpserted, badRows));
    if (rowsNotWritten > 0) {
      text.append(String.format(Locale.ROOT, ", %d refused by the database", rowsNotWritten));
    }
    if (filesRefused > 0) {
      text.append(String.format(Locale.ROOT, ", %d file(s) not imported (--strict)", filesRefused));
    }
    if (filesCutShort > 0) {
      text.append(String.format(Locale.ROOT, ", %d file(s) unreadable part-way", filesCutShort));
    }
    return text.append(String.format(Locale.ROOT, "; %.1f s, %.0f rows/s", seconds,
        seconds > 0 ? rowsRead / seconds : 0.0)).toString();
  }
}
