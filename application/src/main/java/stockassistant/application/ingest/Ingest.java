package stockassistant.application.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import stockassistant.domain.DataConflict;
import stockassistant.domain.InvalidField;

/**
 * The import use case: streams inputs into the database in batches. By default every good row is
 * stored and every bad one is reported and kept by the input (its rejects file), to be fixed and
 * imported again. With {@code strict} an input is read in full first and imported only if it
 * holds no bad row. Every write is an upsert, so running the same import again changes nothing.
 *
 * <p>The caller's thread reads; {@link WriteLanes} write meanwhile, each batch split by key (a
 * code's records to one lane, in input order, so a later duplicate still wins), each part its own
 * transaction, counted once committed: running the import again completes what a crash lost.
 */
public final class Ingest {
  static final int MAX_REPORTED_PER_INPUT = 50;
  /** An input that wrote at least this many rows was a bulk load: statistics are refreshed. */
  static final long BULK_LOAD_ROWS = 100_000;
  /** Parts a lane holds beside the one it writes: one, read while the other is written. */
  private static final int QUEUED_PER_LANE = 1;

  private final IngestProgress progress;
  private final int writers;
  private final boolean strict;

  /** @param writers concurrent writer lanes (connections), each taking the rows of some codes */
  public Ingest(IngestProgress progress, int writers, boolean strict) {
    this.progress = progress;
    this.writers = writers;
    this.strict = strict;
  }

  /** Imports each input in turn, counting into {@code summary}. */
  public ImportSummary run(List<? extends IngestInput<?>> inputs, ImportSummary summary)
      throws IOException {
    long start = System.nanoTime();
    for (IngestInput<?> input : inputs) {
      summary.files++;
      long upsertedBefore = summary.rowsUpserted();
      try {
        if (strict) {
          importIfAllGood(input, summary);
        } else {
          importGoodRows(input, summary);
        }
        Runnable afterBulkLoad = input.target().afterBulkLoad();
        if (afterBulkLoad != null && summary.rowsUpserted() - upsertedBefore >= BULK_LOAD_ROWS) {
          afterBulkLoad.run();
        }
      } catch (UnreadableInput malformed) {
        summary.filesCutShort++;
        progress.message(input.name() + ": " + malformed.getMessage()
            + "; the rest of the file was not read");
      }
    }
    summary.nanos = System.nanoTime() - start;
    return summary;
  }

  private <T> void importGoodRows(IngestInput<T> input, ImportSummary summary)
      throws IOException {
    var report = new BadRowReport(input, "every one is in " + input.rejects());
    long badBefore = summary.badRows;
    try (IngestInput.Reading<T> batches = input.opening().open(false);
        WriteLanes<DecodedBatch<T>> lanes = lanes(input, summary)) {
      for (DecodedBatch<T> batch = batches.next(); batch != null; batch = batches.next()) {
        summary.rowsRead += batch.rows();
        summary.badRows += batch.bad().size();
        batch.bad().forEach(report::add);
        submit(lanes, batch, input.target());
      }
      lanes.close();
    }
    long rejected = summary.badRows - badBefore;
    if (rejected > 0) {
      progress.message(input.name() + ": " + rejected + " bad row(s) written to "
          + input.rejects() + "; fix them there and import that file");
    }
  }

  private <T> void importIfAllGood(IngestInput<T> input, ImportSummary summary)
      throws IOException {
    var report = new BadRowReport(input, "only the first " + MAX_REPORTED_PER_INPUT
        + " are shown");
    long rows = 0;
    long bad = 0;
    try (IngestInput.Reading<T> check = input.opening().open(true)) {
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
      progress.message(input.name() + ": not imported (--strict): " + bad + " bad row(s) of "
          + rows + "; nothing of it was written");
      return;
    }
    importGoodRows(input, summary);
  }

  /** The lanes of one input; the progress counts the rows they have committed. */
  private <T> WriteLanes<DecodedBatch<T>> lanes(IngestInput<T> input, ImportSummary summary) {
    var stored = new AtomicLong();
    return new WriteLanes<>(writers, QUEUED_PER_LANE, "import", part -> {
      write(input, part, summary);
      progress.stored(stored.addAndGet(part.rows()));
    });
  }

  /** Splits a batch by key, one part per lane; a lane with no row of it gets nothing. */
  private static <T> void submit(WriteLanes<DecodedBatch<T>> lanes, DecodedBatch<T> batch,
      IngestTarget<T> target) {
    var parts = new ArrayList<List<T>>(lanes.size());
    for (int i = 0; i < lanes.size(); i++) {
      parts.add(new ArrayList<>(batch.records().size() / lanes.size() + 16));
    }
    for (T record : batch.records()) {
      parts.get(Math.floorMod(target.key().apply(record).hashCode(), lanes.size())).add(record);
    }
    for (int i = 0; i < lanes.size(); i++) {
      List<T> part = parts.get(i);
      if (!part.isEmpty()) {
        lanes.submit(i, new DecodedBatch<>(part, List.of(), part.size(), batch.firstLine(),
            batch.lastLine()));
      }
    }
  }

  /** A part the database refuses as a whole (a conflict) is reported; the import goes on. */
  private <T> void write(IngestInput<T> input, DecodedBatch<T> part, ImportSummary summary) {
    try {
      summary.written(input.target().write().applyAsInt(part.records()));
    } catch (InvalidField | DataConflict refused) {
      summary.notWritten(part.records().size());
      progress.message(input.name() + ":" + part.firstLine() + "-" + part.lastLine() + ": "
          + part.records().size() + " good row(s) not written: " + refused.getMessage());
    }
  }

  /** The bad rows of one input as messages, the first ones only: the rest are elsewhere. */
  private final class BadRowReport {
    private final IngestInput<?> input;
    private final String whereTheRestAre;
    private long count;

    BadRowReport(IngestInput<?> input, String whereTheRestAre) {
      this.input = input;
      this.whereTheRestAre = whereTheRestAre;
    }

    void add(String bad) {
      if (++count <= MAX_REPORTED_PER_INPUT) {
        progress.message(bad);
      } else if (count == MAX_REPORTED_PER_INPUT + 1) {
        progress.message(input.name() + ": more bad rows; " + whereTheRestAre);
      }
    }
  }
}
