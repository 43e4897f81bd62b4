package stockassistant.bootstrap.importer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import stockassistant.adapters.web.codec.BodyFormat;
import stockassistant.application.calendar.MarketCalendar;
import stockassistant.application.finance.FinanceReports;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.stocks.StockCatalog;
import stockassistant.domain.DataConflict;
import stockassistant.domain.InvalidField;

/**
 * Streams checked files ({@link ImportPlan}) into the database in batches. By default every good
 * row is stored and every bad one is reported as {@code file:line: field: reason} and written to
 * the file's rejects file, to be fixed and imported again. With {@code strict} a file is read in
 * full first and imported only if it holds no bad row. Every write is an upsert, so running the
 * same import again changes nothing.
 *
 * <p>This thread reads and decodes; {@link ParallelWrites} writes the batches on writer threads
 * meanwhile, each batch part its own transaction. A batch counts as stored once committed, so a
 * crash loses only batches never acknowledged, and running the import again completes them.
 */
public final class Importer {
  public static final int DEFAULT_BATCH_ROWS = 50_000;
  /**
   * Two COPY streams: on a 2-core machine one backend alone leaves the second core to the
   * parser, which needs only part of it (docs/BENCHMARKS.md, "Import at full-market scale").
   */
  public static final int DEFAULT_WRITERS = 2;
  static final int MAX_REPORTED_PER_FILE = 50;
  /** A file that wrote at least this many rows was a bulk load: statistics are refreshed. */
  static final long BULK_LOAD_ROWS = 100_000;

  private final MarketData marketData;
  private final FinanceReports finance;
  private final StockCatalog stocks;
  /** Null when this importer takes no calendar or suspension files. */
  private final MarketCalendar calendar;
  private final ImportProgress progress;
  private final int batchRows;
  private final int writers;
  private final boolean strict;

  public Importer(MarketData marketData, FinanceReports finance, StockCatalog stocks,
      ImportProgress progress, int batchRows, boolean strict) {
    this(marketData, finance, stocks, progress, batchRows, DEFAULT_WRITERS, strict);
  }

  /** @param writers concurrent writers (connections), each taking the rows of some codes */
  public Importer(MarketData marketData, FinanceReports finance, StockCatalog stocks,
      ImportProgress progress, int batchRows, int writers, boolean strict) {
    this(marketData, finance, stocks, null, progress, batchRows, writers, strict);
  }

  /** With the calendar facade: calendar and suspension files too. */
  public Importer(MarketData marketData, FinanceReports finance, StockCatalog stocks,
      MarketCalendar calendar, ImportProgress progress, int batchRows, int writers,
      boolean strict) {
    if (writers < 1) {
      throw new IllegalArgumentException("writers must be at least 1");
    }
    this.marketData = marketData;
    this.finance = finance;
    this.stocks = stocks;
    this.calendar = calendar;
    this.progress = progress;
    this.batchRows = batchRows;
    this.writers = writers;
    this.strict = strict;
  }

  public ImportSummary run(List<ImportFile> files) throws IOException {
    return run(files, new ImportSummary());
  }

  /**
   * As above, counting into {@code summary}, which stays readable when the import fails part-way
   * (a full disk): its rows upserted are the rows committed before the failure.
   */
  public ImportSummary run(List<ImportFile> files, ImportSummary summary) throws IOException {
    long start = System.nanoTime();
    for (ImportFile file : files) {
      summary.files++;
      ImportSink<?> sink = ImportSink.of(file.kind(), marketData, finance, stocks, calendar);
      long upsertedBefore = summary.rowsUpserted;
      try {
        if (strict) {
          importIfAllGood(file, sink, summary);
        } else {
          importGoodRows(file, sink, summary);
        }
        if (summary.rowsUpserted - upsertedBefore >= BULK_LOAD_ROWS) {
          sink.afterBulkLoad();
        }
      } catch (JacksonException malformed) {
        summary.filesCutShort++;
        progress.message(file.path() + ": " + unreadable(file.format(), malformed)
            + "; the rest of the file was not read");
      }
    }
    summary.nanos = System.nanoTime() - start;
    return summary;
  }

  private <T> void importGoodRows(ImportFile file, ImportSink<T> sink, ImportSummary summary)
      throws IOException {
    var report = new BadRowReport(file, "every one is in " + file.rejects());
    long rejected;
    try (FileBatches<T> batches = FileBatches.open(file, sink.decoder(), batchRows, progress,
            file.path().getFileName().toString());
        RejectsFile rejects = new RejectsFile(file.rejects(), batches.source());
        ParallelWrites<T> writes = writes(file, sink, summary)) {
      for (DecodedBatch<T> batch = batches.next(); batch != null; batch = batches.next()) {
        summary.rowsRead += batch.rows();
        for (BadRow bad : batch.bad()) {
          summary.badRows++;
          report.add(bad);
          rejects.write(bad);
        }
        if (!batch.records().isEmpty()) {
          writes.submit(batch);
        }
      }
      writes.close();
      rejected = rejects.rows();
    }
    if (rejected > 0) {
      progress.message(file.path() + ": " + rejected + " bad row(s) written to " + file.rejects()
          + "; fix them there and import that file");
    }
  }

  private <T> void importIfAllGood(ImportFile file, ImportSink<T> sink, ImportSummary summary)
      throws IOException {
    var report = new BadRowReport(file, "only the first " + MAX_REPORTED_PER_FILE + " are shown");
    long rows = 0;
    long bad = 0;
    try (FileBatches<T> check = FileBatches.open(file, sink.decoder(), batchRows, progress,
        "check " + file.path().getFileName())) {
      for (DecodedBatch<T> batch = check.next(); batch != null; batch = check.next()) {
        rows += batch.rows();
        bad += batch.bad().size();
        batch.bad().forEach(report::add);
      }
    }
    if (bad > 0) {
      summary.rowsRead += rows;
      summary.badRows += bad;
      summary.filesRefused++;
      progress.message(file.path() + ": not imported (--strict): " + bad + " bad row(s) of "
          + rows + "; nothing of it was written");
      return;
    }
    try (FileBatches<T> batches = FileBatches.open(file, sink.decoder(), batchRows, progress,
            file.path().getFileName().toString());
        ParallelWrites<T> writes = writes(file, sink, summary)) {
      for (DecodedBatch<T> batch = batches.next(); batch != null; batch = batches.next()) {
        summary.rowsRead += batch.rows();
        if (!batch.records().isEmpty()) {
          writes.submit(batch);
        }
      }
      writes.close();
    }
  }

  /** The writers of one file; the bar counts the rows they have committed. */
  private <T> ParallelWrites<T> writes(ImportFile file, ImportSink<T> sink,
      ImportSummary summary) {
    var stored = new AtomicLong();
    return new ParallelWrites<>(writers, sink.key(), part -> {
      write(file, sink, part, summary);
      progress.rows(stored.addAndGet(part.rows()));
    }, "import");
  }

  /**
   * A batch part the database refuses as a whole (a conflict) is reported; the import goes on.
   * Runs on a writer thread: the summary's write counts are shared by the writers.
   */
  private <T> void write(ImportFile file, ImportSink<T> sink, DecodedBatch<T> batch,
      ImportSummary summary) {
    try {
      int written = sink.write(batch.records());
      synchronized (summary) {
        summary.rowsUpserted += written;
      }
    } catch (InvalidField | DataConflict refused) {
      synchronized (summary) {
        summary.rowsNotWritten += batch.records().size();
      }
      progress.message(file.path() + ":" + batch.firstLine() + "-" + batch.lastLine() + ": "
          + batch.records().size() + " good row(s) not written: " + refused.getMessage());
    }
  }

  /** Where and why a file stops being CSV or JSON, without the parser's internals. */
  static String unreadable(BodyFormat format, JacksonException malformed) {
    JsonLocation where = malformed.getLocation();
    return "not valid " + format + (where == null ? "" : " at line " + where.getLineNr()
        + ", column " + where.getColumnNr()) + ": " + malformed.getOriginalMessage();
  }

  /** The bad rows of one file as messages, the first ones only: the rest are in the file. */
  private final class BadRowReport {
    private final ImportFile file;
    private final String whereTheRestAre;
    private long count;

    BadRowReport(ImportFile file, String whereTheRestAre) {
      this.file = file;
      this.whereTheRestAre = whereTheRestAre;
    }

    void add(BadRow bad) {
      if (++count <= MAX_REPORTED_PER_FILE) {
        progress.message(bad.message());
      } else if (count == MAX_REPORTED_PER_FILE + 1) {
        progress.message(file.path() + ": more bad rows; " + whereTheRestAre);
      }
    }
  }
}
