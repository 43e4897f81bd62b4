package stockassistant.adapters.web.tushare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import stockassistant.application.DateRange;
import stockassistant.application.marketdata.MarketData;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarPeriod;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.BarQuery;
import stockassistant.domain.quote.DailyBar;

/**
 * daily, daily_basic, adj_factor, weekly and monthly: bars of one code, several (ts_code
 * separated by commas) or the whole market, on one trade_date or from start_date to end_date,
 * newest first and then by code, as Tushare orders them. None of them adjusts prices (Tushare's
 * do not either: its client adjusts, from adj_factor).
 */
final class BarApis {
  private static final List<BarMetric> DAILY = List.of(BarMetric.OPEN, BarMetric.HIGH,
      BarMetric.LOW, BarMetric.CLOSE, BarMetric.PRE_CLOSE, BarMetric.CHANGE, BarMetric.PCT_CHG,
      BarMetric.VOL, BarMetric.AMOUNT);
  /** Tushare's weekly and monthly put close first. */
  private static final List<BarMetric> PERIOD = List.of(BarMetric.CLOSE, BarMetric.OPEN,
      BarMetric.HIGH, BarMetric.LOW, BarMetric.PRE_CLOSE, BarMetric.CHANGE, BarMetric.PCT_CHG,
      BarMetric.VOL, BarMetric.AMOUNT);

  private BarApis() {}

  private static final List<String> PARAMS =
      List.of("ts_code", "trade_date", "start_date", "end_date");

  /** @param marketData null when only the definitions are wanted (the OpenAPI document) */
  static List<TushareApi<?>> all(MarketData marketData) {
    return List.of(
        new TushareApi<>("daily", "daily bars, unadjusted", PARAMS, columns(DAILY),
            (params, window, sink) -> marketData.barPagesNewestFirst(
                search(params, BarMetric.PRICE_BAR, null), window, eachRow(sink))),
        new TushareApi<>("daily_basic", "daily indicators (valuation, turnover, shares)", PARAMS,
            columns(basicMetrics()),
            (params, window, sink) -> marketData.barPagesNewestFirst(
                search(params, EnumSet.copyOf(basicMetrics()), null), window, eachRow(sink))),
        new TushareApi<>("adj_factor", "adjustment factors (bars whose factor is known)", PARAMS,
            columns(List.of(BarMetric.ADJ_FACTOR)),
            (params, window, sink) -> marketData.barPagesNewestFirst(search(params,
                Set.of(BarMetric.ADJ_FACTOR), BarMetric.ADJ_FACTOR), window, eachRow(sink))),
        new TushareApi<>("weekly", "weekly bars (one per calendar week with trading days)", PARAMS,
            columns(PERIOD), (params, window, sink) -> marketData.periodBarPagesNewestFirst(
                search(params, BarMetric.PRICE_BAR, null), BarPeriod.WEEK, window, eachRow(sink))),
        new TushareApi<>("monthly", "monthly bars (one per calendar month with trading days)", PARAMS,
            columns(PERIOD), (params, window, sink) -> marketData.periodBarPagesNewestFirst(
                search(params, BarMetric.PRICE_BAR, null), BarPeriod.MONTH, window, eachRow(sink))));
  }

  /** trade_date, when given, is the whole range; start_date and end_date bound it otherwise. */
  /** Tushare's answer is written row by row (its columns are chosen per request). */
  private static Consumer<BarPage> eachRow(Consumer<DailyBar> sink) {
    return page -> {
      for (int row = 0; row < page.size(); row++) {
        sink.accept(page.bar(row));
      }
    };
  }

  private static BarQuery search(TushareParams params, Set<BarMetric> columns, BarMetric known) {
    var codes = params.codes("ts_code");
    LocalDate tradeDate = params.date("trade_date");
    TushareParams.Span span = params.span("start_date", "end_date");
    LocalDate from = tradeDate != null ? tradeDate
        : span.start() != null ? span.start() : DateRange.EARLIEST;
    LocalDate to = tradeDate != null ? tradeDate : span.end() != null ? span.end() : DateRange.LATEST;
    return BarQuery.newestFirst(codes, from, to, columns, known);
  }

  private static List<BarMetric> basicMetrics() {
    var metrics = new ArrayList<BarMetric>();
    metrics.add(BarMetric.CLOSE);
    for (BarMetric metric : BarMetric.values()) {
      if (metric.group() == BarMetric.Group.VALUATION) {
        metrics.add(metric);
      }
    }
    return metrics;
  }

  private static TushareColumns<DailyBar> columns(List<BarMetric> metrics) {
    var columns = new TushareColumns<DailyBar>()
        .add("ts_code", bar -> bar.thirdCode().value())
        .date("trade_date", DailyBar::tradeDate);
    for (BarMetric metric : metrics) {
      columns.add(metric.column(), bar -> bar.get(metric));
    }
    return columns;
  }
}
