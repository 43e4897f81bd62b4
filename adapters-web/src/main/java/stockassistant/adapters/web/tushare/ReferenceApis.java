package stockassistant.adapters.web.tushare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import stockassistant.adapters.web.calendar.SuspensionCodec;
import stockassistant.application.calendar.MarketCalendar;
import stockassistant.application.finance.FinanceReports;
import stockassistant.application.stocks.StockCatalog;
import stockassistant.domain.InvalidField;
import stockassistant.domain.finance.FinanceMetric;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.finance.FinanceSearch;
import stockassistant.domain.calendar.Exchange;
import stockassistant.domain.calendar.ExchangeDay;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.calendar.SuspensionSearch;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.stock.StockSearch;

/** stock_basic, trade_cal, suspend_d and fina_indicator. */
final class ReferenceApis {
  /** The fields Tushare documents as not shown by default; every other one we store is. */
  private static final Set<FinanceMetric> NOT_DEFAULT = Set.of(FinanceMetric.INVTURN_DAYS,
      FinanceMetric.ARTURN_DAYS, FinanceMetric.INV_TURN, FinanceMetric.VALUECHANGE_INCOME,
      FinanceMetric.INTERST_INCOME, FinanceMetric.DAA);

  private ReferenceApis() {}

  /** @param stocks and the others: null when only the definitions are wanted (OpenAPI) */
  static List<TushareApi<?>> all(StockCatalog stocks, FinanceReports finance,
      MarketCalendar calendar) {
    return List.of(
        new TushareApi<>("stock_basic", "the stock list (list_status defaults to L)",
            List.of("ts_code", "name", "market", "list_status", "exchange", "is_hs"), stockColumns(),
            (params, window, sink) -> stocks.search(new StockSearch(params.codes("ts_code"),
                params.text("name"), params.text("market"),
                orDefault(params.text("list_status"), "L"), params.text("exchange"),
                params.text("is_hs")), window, sink)),
        new TushareApi<>("trade_cal", "the exchange's stored trading calendar; without one, "
            + "every calendar day with is_open 1 when any bar is stored",
            List.of("exchange", "start_date", "end_date", "is_open"), calendarColumns(), (params, window, sink) -> {
              Exchange exchange = exchange(params);
              TushareParams.Span span = params.span("start_date", "end_date");
              return calendar.days(exchange, span.start(), span.end(), params.flag("is_open"),
                  window, sink);
            }),
        new TushareApi<>("suspend_d", "suspension (S) and resumption (R) records, newest first",
            List.of("ts_code", "trade_date", "start_date", "end_date", "suspend_type"),
            suspensionColumns(), (params, window, sink) -> {
              LocalDate day = params.date("trade_date");
              TushareParams.Span span = params.span("start_date", "end_date");
              Suspension.SuspendType type;
              try {
                type = SuspensionCodec.type(params.text("suspend_type"));
              } catch (InvalidField invalid) {
                throw new InvalidField(TushareParams.field("suspend_type"), invalid.reason());
              }
              return calendar.suspensions(new SuspensionSearch(params.codes("ts_code"),
                  day != null ? day : span.start(), day != null ? day : span.end(), type),
                  window, sink);
            }),
        new TushareApi<>("fina_indicator", "finance indicators, newest report period first",
            List.of("ts_code", "ann_date", "start_date", "end_date", "period"), financeColumns(), (params, window, sink) -> {
              LocalDate period = params.date("period");
              // start_date and end_date bound the report period, as Tushare documents them
              TushareParams.Span span = params.span("start_date", "end_date");
              return finance.search(new FinanceSearch(params.codes("ts_code"),
                  params.date("ann_date"), period != null ? period : span.start(),
                  period != null ? period : span.end()), window, sink);
            }));
  }

  private static Exchange exchange(TushareParams params) {
    String exchange = orDefault(params.text("exchange"), "SSE");
    try {
      return Exchange.parse(TushareParams.field("exchange"), exchange);
    } catch (InvalidField invalid) {
      throw new InvalidField(invalid.field(),
          "must be SSE, SZSE or BSE (this service keeps A-share bars), not '" + exchange + "'");
    }
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static TushareColumns<ExchangeDay> calendarColumns() {
    return new TushareColumns<ExchangeDay>()
        .add("exchange", day -> day.exchange().name())
        .date("cal_date", ExchangeDay::calDate)
        .add("is_open", day -> day.open() ? 1 : 0)
        .date("pretrade_date", ExchangeDay::pretradeDate);
  }

  private static TushareColumns<Suspension> suspensionColumns() {
    return new TushareColumns<Suspension>()
        .add("ts_code", record -> record.thirdCode().value())
        .date("trade_date", Suspension::tradeDate)
        .add("suspend_timing", Suspension::suspendTiming)
        .add("suspend_type", record -> record.suspendType().name());
  }

  private static TushareColumns<Stock> stockColumns() {
    return new TushareColumns<Stock>()
        .add("ts_code", stock -> stock.thirdCode().value())
        .add("symbol", Stock::symbol)
        .add("name", Stock::name)
        .add("area", Stock::area)
        .add("industry", Stock::industry)
        .add("fullname", Stock::fullname)
        .add("enname", Stock::enname)
        .add("cnspell", Stock::cnspell)
        .add("market", Stock::market)
        .add("exchange", Stock::exchange)
        .add("curr_type", Stock::currType)
        .add("list_status", Stock::listStatus)
        .date("list_date", Stock::listDate)
        .date("delist_date", Stock::delistDate)
        .add("is_hs", Stock::isHs)
        // Tushare's controlling shareholder fields: this service does not keep them
        .add("act_name", stock -> null)
        .add("act_ent_type", stock -> null)
        .defaults(List.of("ts_code", "symbol", "name", "area", "industry", "cnspell", "market",
            "list_date", "act_name", "act_ent_type"));
  }

  private static TushareColumns<FinanceReport> financeColumns() {
    var columns = new TushareColumns<FinanceReport>()
        .add("ts_code", report -> report.thirdCode().value())
        .date("ann_date", FinanceReport::annDate)
        .date("end_date", FinanceReport::endDate);
    var defaults = new ArrayList<>(List.of("ts_code", "ann_date", "end_date"));
    for (FinanceMetric metric : FinanceMetric.values()) {
      columns.add(metric.column(), report -> report.get(metric));
      if (!NOT_DEFAULT.contains(metric)) {
        defaults.add(metric.column());
      }
    }
    return columns.defaults(defaults);
  }
}
