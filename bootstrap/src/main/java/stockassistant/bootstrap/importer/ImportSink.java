package stockassistant.bootstrap.importer;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import stockassistant.application.finance.FinanceReports;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.marketdata.UpsertBarsCommand;
import stockassistant.application.stocks.StockCatalog;

/**
 * Where parsed rows of one kind go: the same facades the HTTP API and in-process callers use,
 * so an import gets the same de-duplication, transaction and bulk path.
 */
final class ImportSink<T> {
  private final Function<Map<String, Object>, T> mapping;
  private final Function<List<T>, Integer> writer;

  private ImportSink(Function<Map<String, Object>, T> mapping, Function<List<T>, Integer> writer) {
    this.mapping = mapping;
    this.writer = writer;
  }

  static ImportSink<?> of(ImportKind kind, MarketData marketData, FinanceReports finance,
      StockCatalog stocks) {
    return switch (kind) {
      case BARS -> new ImportSink<>(RecordMapping::bar,
          bars -> marketData.upsertBars(new UpsertBarsCommand(bars)).upserted());
      case FINANCE -> new ImportSink<>(RecordMapping::report, reports -> finance.upsert(reports).upserted());
      case STOCKS -> new ImportSink<>(RecordMapping::stock, stocks::upsertAll);
    };
  }

  T map(Map<String, Object> values) {
    return mapping.apply(values);
  }

  int write(List<T> batch) {
    return writer.apply(batch);
  }
}
