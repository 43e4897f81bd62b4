package stockassistant.bootstrap.importer;

import java.util.List;
import java.util.function.Function;
import stockassistant.adapters.web.calendar.CalendarCodec;
import stockassistant.adapters.web.calendar.SuspensionCodec;
import stockassistant.adapters.web.codec.Fields;
import stockassistant.adapters.web.finance.FinanceCodec;
import stockassistant.adapters.web.quotes.BarCodec;
import stockassistant.adapters.web.stocks.StockCodec;
import stockassistant.application.calendar.MarketCalendar;
import stockassistant.application.finance.FinanceReports;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.marketdata.UpsertBarsCommand;
import stockassistant.application.stocks.StockCatalog;
import stockassistant.domain.calendar.ExchangeDay;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.Stock;

/**
 * How records of one kind are decoded and where they go: the HTTP API's own decoders, and the
 * same facades the HTTP API and in-process callers use, so a bar in a file and a bar in a request
 * body are held to the same rules and take the same de-duplication, transaction and bulk path.
 */
final class ImportSink<T> {
  private final Function<Fields, T> decoder;
  private final Function<T, Object> key;
  private final Function<List<T>, Integer> writer;
  private final Runnable afterBulkLoad;

  private ImportSink(Function<Fields, T> decoder, Function<T, Object> key,
      Function<List<T>, Integer> writer, Runnable afterBulkLoad) {
    this.decoder = decoder;
    this.key = key;
    this.writer = writer;
    this.afterBulkLoad = afterBulkLoad;
  }

  static ImportSink<?> of(ImportKind kind, MarketData marketData, FinanceReports finance,
      StockCatalog stocks, MarketCalendar calendar) {
    return switch (kind) {
      case BARS -> new ImportSink<>(BarCodec::fromFields, DailyBar::thirdCode,
          bars -> marketData.upsertBars(new UpsertBarsCommand(bars)).upserted(),
          marketData::refreshStatistics);
      case FINANCE -> new ImportSink<>(FinanceCodec::fromFields, FinanceReport::thirdCode,
          reports -> finance.upsert(reports).upserted(), () -> { });
      case STOCKS -> new ImportSink<>(StockCodec::fromFields, Stock::thirdCode, stocks::upsertAll,
          () -> { });
      case CALENDAR -> new ImportSink<>(CalendarCodec::fromFields, ExchangeDay::exchange,
          days -> calendar.upsertDays(days).upserted(), () -> { });
      case SUSPENSIONS -> new ImportSink<>(SuspensionCodec::fromFields, Suspension::thirdCode,
          records -> calendar.upsertSuspensions(records).upserted(), () -> { });
    };
  }

  Function<Fields, T> decoder() {
    return decoder;
  }

  /** What decides which writer takes a record: every record of one code goes to the same one. */
  Function<T, Object> key() {
    return key;
  }

  /** What a table needs after a file wrote much of it (bars: fresh planner statistics). */
  void afterBulkLoad() {
    afterBulkLoad.run();
  }

  /** Rows written, after the facade collapsed duplicates within the batch. */
  int write(List<T> batch) {
    return writer.apply(batch);
  }
}
