package stockassistant.bootstrap.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;
import stockassistant.adapters.web.calendar.CalendarCodec;
import stockassistant.adapters.web.calendar.SuspensionCodec;
import stockassistant.adapters.web.codec.Fields;
import stockassistant.adapters.web.codec.FileBatches;
import stockassistant.adapters.web.finance.FinanceCodec;
import stockassistant.adapters.web.quotes.BarCodec;
import stockassistant.adapters.web.stocks.StockCodec;
import stockassistant.application.calendar.MarketCalendar;
import stockassistant.application.finance.FinanceReports;
import stockassistant.application.ingest.ImportSummary;
import stockassistant.application.ingest.Ingest;
import stockassistant.application.ingest.IngestInput;
import stockassistant.application.ingest.IngestTarget;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.marketdata.UpsertBarsCommand;
import stockassistant.application.stocks.StockCatalog;
import stockassistant.domain.calendar.ExchangeDay;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.Stock;

/**
 * Feeds checked files ({@link ImportPlan}) to the import use case ({@link Ingest}: batches, writer
 * lanes, what happens to each row). Each file is read by {@code FileBatches} with the HTTP API's
 * own decoder for its kind and written through the facade the HTTP API uses, so a record in a
 * file and one in a request body are held to the same rules and take the same write path.
 */
public final class Importer {
  public static final int DEFAULT_BATCH_ROWS = 50_000;
  /**
   * Two COPY streams: on a 2-core machine one backend alone leaves the second core to the
   * parser, which needs only part of it (docs/BENCHMARKS.md, "Import at full-market scale").
   */
  public static final int DEFAULT_WRITERS = 2;

  private final MarketData marketData;
  private final FinanceReports finance;
  private final StockCatalog stocks;
  /** Null when this importer takes no calendar or suspension files. */
  private final MarketCalendar calendar;
  private final ImportProgress progress;
  private final int batchRows;
  private final Ingest ingest;

  /** @param writers concurrent writers (connections), each taking the rows of some codes */
  public Importer(MarketData marketData, FinanceReports finance, StockCatalog stocks,
      ImportProgress progress, int batchRows, int writers, boolean strict) {
    this(marketData, finance, stocks, null, progress, batchRows, writers, strict);
  }

  /** With the calendar facade: calendar and suspension files too. */
  public Importer(MarketData marketData, FinanceReports finance, StockCatalog stocks,
      MarketCalendar calendar, ImportProgress progress, int batchRows, int writers,
      boolean strict) {
    this.marketData = marketData;
    this.finance = finance;
    this.stocks = stocks;
    this.calendar = calendar;
    this.progress = progress;
    this.batchRows = batchRows;
    this.ingest = new Ingest(progress, writers, strict);
  }

  public ImportSummary run(List<ImportFile> files) throws IOException {
    return run(files, new ImportSummary());
  }

  /**
   * As above, counting into {@code summary}, which stays readable when the import fails part-way
   * (a full disk): its rows upserted are the rows committed before the failure.
   */
  public ImportSummary run(List<ImportFile> files, ImportSummary summary) throws IOException {
    return ingest.run(files.stream().map(this::input).toList(), summary);
  }

  /** Every record of one code goes to the same writer lane; after a bulk load, bars ANALYZE. */
  private IngestInput<?> input(ImportFile file) {
    return switch (file.kind()) {
      case BARS -> input(file, BarCodec::fromFields, new IngestTarget<>(DailyBar::thirdCode,
          bars -> marketData.upsertBars(new UpsertBarsCommand(bars)).upserted(),
          marketData::refreshStatistics));
      case FINANCE -> input(file, FinanceCodec::fromFields, new IngestTarget<>(
          FinanceReport::thirdCode, reports -> finance.upsert(reports).upserted(), null));
      case STOCKS -> input(file, StockCodec::fromFields,
          new IngestTarget<>(Stock::thirdCode, stocks::upsertAll, null));
      case CALENDAR -> input(file, CalendarCodec::fromFields, new IngestTarget<>(
          ExchangeDay::exchange, days -> calendar.upsertDays(days).upserted(), null));
      case SUSPENSIONS -> input(file, SuspensionCodec::fromFields, new IngestTarget<>(
          Suspension::thirdCode, rows -> calendar.upsertSuspensions(rows).upserted(), null));
    };
  }

  private <T> IngestInput<T> input(ImportFile file, Function<Fields, T> decoder,
      IngestTarget<T> target) {
    return new IngestInput<>(file.path().toString(), String.valueOf(file.rejects()), target,
        check -> reading(file, decoder, check));
  }

  /** The file's bytes move a bar of the progress until the reading is closed. */
  private <T> FileBatches<T> reading(ImportFile file, Function<Fields, T> decoder, boolean check)
      throws IOException {
    String name = file.path().getFileName().toString();
    InputStream input = progress.track(check ? "check " + name : name, Files.size(file.path()),
        new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16));
    return FileBatches.open(file.path(), file.format(), input, decoder, batchRows,
        check ? null : file.rejects(), progress::finish);
  }
}
