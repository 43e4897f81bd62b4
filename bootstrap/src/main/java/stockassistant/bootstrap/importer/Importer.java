package stockassistant.bootstrap.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import stockassistant.application.finance.FinanceReports;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.stocks.StockCatalog;
import stockassistant.domain.InvalidField;

/**
 * Streams CSV and Tushare JSON files into the database in batches. A batch holding a bad row is
 * not written (each bad row is reported as {@code file:line: reason}); other batches are. Every
 * write is an upsert, so running the same import again changes nothing.
 */
public final class Importer {
  public static final int DEFAULT_BATCH_ROWS = 50_000;
  private static final int MAX_REPORTED_PER_FILE = 50;

  private final MarketData marketData;
  private final FinanceReports finance;
  private final StockCatalog stocks;
  private final PrintStream errors;
  private final ImportProgress progress;
  private final int batchRows;

  public Importer(MarketData marketData, FinanceReports finance, StockCatalog stocks,
      PrintStream errors, ImportProgress progress, int batchRows) {
    this.marketData = marketData;
    this.finance = finance;
    this.stocks = stocks;
    this.errors = errors;
    this.progress = progress;
    this.batchRows = batchRows;
  }

  public ImportSummary run(List<Path> paths, ImportKind forcedKind) throws IOException {
    var summary = new ImportSummary();
    long start = System.nanoTime();
    for (Path file : expand(paths)) {
      summary.files++;
      importFile(file, forcedKind, summary);
    }
    summary.nanos = System.nanoTime() - start;
    return summary;
  }

  /** Files as given, and the .csv/.json files under directories, in name order. */
  static List<Path> expand(List<Path> paths) throws IOException {
    var files = new ArrayList<Path>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(Importer::isImportable).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new IllegalArgumentException("no such file or directory: " + path);
      }
    }
    return files;
  }

  private static boolean isImportable(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") || name.endsWith(".json");
  }

  private void importFile(Path file, ImportKind forcedKind, ImportSummary summary) throws IOException {
    long size = Files.size(file);
    try (ProgressBar bar = progress.start(file.getFileName().toString(), size);
        InputStream raw = new ProgressInputStream(
            new BufferedInputStream(Files.newInputStream(file), 1 << 16), bar);
        RecordReader reader = open(file, raw)) {
      ImportKind kind = forcedKind != null ? forcedKind : ImportKind.detect(reader.header());
      new FileImport<>(file, ImportSink.of(kind, marketData, finance, stocks), reader, summary,
          bar).run();
    } catch (BadRecord unreadable) {
      summary.badRows++;
      errors.println(file + ":" + unreadable.line() + ": " + unreadable.getMessage());
    } catch (IllegalArgumentException undetectable) {
      summary.badRows++;
      errors.println(file + ": " + undetectable.getMessage());
    }
  }

  private static RecordReader open(Path file, InputStream input) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") ? new TushareJsonRecordReader(input)
        : new CsvRecordReader(new InputStreamReader(input, StandardCharsets.UTF_8));
  }

  /** One file's rows, batch by batch. */
  private final class FileImport<T> {
    private final Path file;
    private final ImportSink<T> sink;
    private final RecordReader reader;
    private final ImportSummary summary;
    private final ProgressBar bar;
    private final List<T> batch = new ArrayList<>();
    private boolean batchHasBadRows;
    private int rowsInBatch;
    private int reported;

    FileImport(Path file, ImportSink<T> sink, RecordReader reader, ImportSummary summary,
        ProgressBar bar) {
      this.file = file;
      this.sink = sink;
      this.reader = reader;
      this.summary = summary;
      this.bar = bar;
    }

    void run() {
      while (true) {
        SourceRecord record;
        try {
          record = reader.next();
        } catch (BadRecord bad) {
          reportBad(bad.line(), bad.getMessage());
          endOfRow();
          continue;
        } catch (UncheckedIOException broken) {
          reportBad(-1, "the file cannot be read further: " + broken.getCause().getMessage());
          break;
        }
        if (record == null) {
          break;
        }
        summary.rowsRead++;
        try {
          batch.add(sink.map(record.values()));
        } catch (InvalidField invalid) {
          reportBad(record.line(), invalid.getMessage());
        }
        endOfRow();
      }
      flush();
    }

    /** A batch is a run of consecutive rows, good or bad, so a bad row keeps out its neighbours only. */
    private void endOfRow() {
      if (++rowsInBatch >= batchRows) {
        flush();
      }
    }

    private void reportBad(long line, String reason) {
      summary.badRows++;
      batchHasBadRows = true;
      if (++reported <= MAX_REPORTED_PER_FILE) {
        errors.println(file + (line > 0 ? ":" + line : "") + ": " + reason);
      } else if (reported == MAX_REPORTED_PER_FILE + 1) {
        errors.println(file + ": more bad rows; only the first " + MAX_REPORTED_PER_FILE + " are shown");
      }
    }

    private void flush() {
      if (batchHasBadRows) {
        summary.batchesSkipped++;
        errors.println(file + ": a batch of " + batch.size() + " good row(s) was not written "
            + "because it held bad rows");
      } else if (!batch.isEmpty()) {
        summary.rowsWritten += sink.write(batch);
      }
      bar.setExtraMessage(" " + summary.rowsRead + " rows");
      batch.clear();
      batchHasBadRows = false;
      rowsInBatch = 0;
    }
  }
}
