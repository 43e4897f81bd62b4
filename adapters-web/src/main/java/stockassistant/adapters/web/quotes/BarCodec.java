package stockassistant.adapters.web.quotes;

import java.util.Set;
import stockassistant.adapters.web.codec.Columns;
import stockassistant.adapters.web.codec.Fields;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.MarketBar;

/** Bars on the wire (request bodies and import files alike): every stock_daily column by name. */
public final class BarCodec {
  static final Columns<DailyBar> PRICE = columns(BarMetric.PRICE_BAR);
  static final Columns<DailyBar> FULL = columns(Set.of(BarMetric.values()));
  static final Columns<MarketBar> MARKET = marketColumns();

  private BarCodec() {}

  public static DailyBar fromFields(Fields fields) {
    return new DailyBar(fields.thirdCode("third_code"), fields.requiredDate("trade_date"),
        fields.metrics(BarMetric.class), fields.text("source"));
  }

  private static Columns<DailyBar> columns(Set<BarMetric> metrics) {
    var columns = new Columns<DailyBar>()
        .add("third_code", bar -> bar.thirdCode().value())
        .add("trade_date", DailyBar::tradeDate);
    for (BarMetric metric : BarMetric.values()) {
      if (metrics.contains(metric)) {
        columns.add(metric.column(), bar -> bar.get(metric));
      }
    }
    return columns.add("source", DailyBar::source);
  }

  private static Columns<MarketBar> marketColumns() {
    var columns = new Columns<MarketBar>()
        .add("third_code", market -> market.bar().thirdCode().value())
        .add("trade_date", market -> market.bar().tradeDate());
    for (BarMetric metric : BarMetric.values()) {
      columns.add(metric.column(), market -> market.bar().get(metric));
    }
    return columns.add("source", market -> market.bar().source())
        .add("stock_name", MarketBar::stockName);
  }
}
