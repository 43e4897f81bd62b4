package stockassistant.application.ingest;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
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
 * Where the records of one kind go: the same facade the HTTP API and in-process callers use, so an
 * imported record takes the same de-duplication, transaction and bulk path as any other.
 *
 * @param key decides a record's writer lane: every record of one code goes to the same one
 * @param write stores one part; answers the rows written after duplicates were collapsed
 * @param afterBulkLoad what a table needs after an input wrote much of it
 */
public record IngestTarget<T>(Function<T, Object> key, ToIntFunction<List<T>> write,
    Runnable afterBulkLoad) {

  /** Bars; after a bulk load the planner's statistics are refreshed. */
  public static IngestTarget<DailyBar> bars(MarketData marketData) {
    return new IngestTarget<>(DailyBar::thirdCode,
        bars -> marketData.upsertBars(new UpsertBarsCommand(bars)).upserted(),
        marketData::refreshStatistics);
  }

  public static IngestTarget<FinanceReport> finance(FinanceReports finance) {
    return new IngestTarget<>(FinanceReport::thirdCode,
        reports -> finance.upsert(reports).upserted(), () -> { });
  }

  public static IngestTarget<Stock> stocks(StockCatalog stocks) {
    return new IngestTarget<>(Stock::thirdCode, stocks::upsertAll, () -> { });
  }

  public static IngestTarget<ExchangeDay> calendar(MarketCalendar calendar) {
    return new IngestTarget<>(ExchangeDay::exchange, days -> calendar.upsertDays(days).upserted(),
        () -> { });
  }

  public static IngestTarget<Suspension> suspensions(MarketCalendar calendar) {
    return new IngestTarget<>(Suspension::thirdCode,
        records -> calendar.upsertSuspensions(records).upserted(), () -> { });
  }
}
