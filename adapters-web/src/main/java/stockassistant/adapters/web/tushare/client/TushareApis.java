package stockassistant.adapters.web.tushare.client;

import java.util.ArrayList;
import java.util.List;
import stockassistant.adapters.web.calendar.CalendarCodec;
import stockassistant.adapters.web.calendar.SuspensionCodec;
import stockassistant.adapters.web.codec.Fields;
import stockassistant.adapters.web.finance.FinanceCodec;
import stockassistant.adapters.web.quotes.BarCodec;
import stockassistant.adapters.web.stocks.StockCodec;
import stockassistant.domain.InvalidField;
import stockassistant.domain.calendar.ExchangeDay;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.finance.FinanceMetric;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.sync.Dataset;

/**
 * The upstream apis the sync calls, each with the fields it asks for (named, never the upstream's
 * default set, which differs between accounts), and how a row becomes a record.
 */
final class TushareApis {
  /** One api_name and its fields. */
  record Api(String name, List<String> fields) {}

  static final Api STOCK_BASIC = new Api("stock_basic", List.of("ts_code", "symbol", "name",
      "area", "industry", "fullname", "enname", "cnspell", "market", "exchange", "curr_type",
      "list_status", "list_date", "delist_date", "is_hs"));
  static final Api TRADE_CAL = new Api("trade_cal",
      List.of("exchange", "cal_date", "is_open", "pretrade_date"));
  static final Api DAILY = new Api("daily", barFields(BarMetric.Group.PRICE));
  static final Api DAILY_BASIC = new Api("daily_basic", barFields(BarMetric.Group.VALUATION));
  static final Api ADJ_FACTOR = new Api("adj_factor", barFields(BarMetric.Group.ADJUSTMENT));
  static final Api SUSPEND_D = new Api("suspend_d",
      List.of("ts_code", "trade_date", "suspend_timing", "suspend_type"));
  static final Api FINA_INDICATOR = new Api("fina_indicator", financeFields());

  private TushareApis() {}

  static Api of(Dataset dataset) {
    return switch (dataset) {
      case DAILY -> DAILY;
      case DAILY_BASIC -> DAILY_BASIC;
      case ADJ_FACTOR -> ADJ_FACTOR;
      case SUSPENSIONS -> SUSPEND_D;
    };
  }

  static Stock stock(Fields fields) {
    return StockCodec.fromFields(fields);
  }

  static DailyBar bar(Fields fields) {
    return BarCodec.fromFields(fields);
  }

  static FinanceReport report(Fields fields) {
    return FinanceCodec.fromFields(fields);
  }

  /** The same decoding as `import --kind calendar` (one rule for a calendar row). */
  static ExchangeDay calendarDay(Fields fields) {
    return CalendarCodec.fromFields(fields);
  }

  /** The same decoding as `import --kind suspensions`. */
  static Suspension suspension(Fields fields) {
    return SuspensionCodec.fromFields(fields);
  }

  private static List<String> barFields(BarMetric.Group group) {
    var fields = new ArrayList<>(List.of("ts_code", "trade_date"));
    for (BarMetric metric : BarMetric.values()) {
      if (metric.group() == group) {
        fields.add(metric.column());
      }
    }
    return List.copyOf(fields);
  }

  private static List<String> financeFields() {
    var fields = new ArrayList<>(List.of("ts_code", "ann_date", "end_date"));
    for (FinanceMetric metric : FinanceMetric.values()) {
      fields.add(metric.column());
    }
    return List.copyOf(fields);
  }
}
