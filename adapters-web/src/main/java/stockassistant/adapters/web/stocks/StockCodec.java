package stockassistant.adapters.web.stocks;

import stockassistant.adapters.web.codec.Columns;
import stockassistant.adapters.web.codec.Fields;
import stockassistant.domain.stock.Stock;

/** A stock on the wire (request bodies and import files alike): every stock_info column but id. */
public final class StockCodec {
  static final Columns<Stock> COLUMNS = new Columns<Stock>()
      .add("third_code", stock -> stock.thirdCode().value())
      .add("symbol", Stock::symbol)
      .add("name", Stock::name)
      .add("area", Stock::area)
      .add("industry", Stock::industry)
      .add("market", Stock::market)
      .add("list_date", Stock::listDate)
      .add("delist_date", Stock::delistDate)
      .add("fullname", Stock::fullname)
      .add("enname", Stock::enname)
      .add("cnspell", Stock::cnspell)
      .add("exchange", Stock::exchange)
      .add("curr_type", Stock::currType)
      .add("list_status", Stock::listStatus)
      .add("is_hs", Stock::isHs)
      .add("source", Stock::source)
      .add("last_finance_sync_date", Stock::lastFinanceSyncDate);

  private StockCodec() {}

  public static Stock fromFields(Fields fields) {
    return new Stock(fields.thirdCode("third_code"), fields.requiredText("symbol"),
        fields.requiredText("name"), fields.text("area"), fields.text("industry"),
        fields.text("market"), fields.date("list_date"), fields.date("delist_date"),
        fields.text("fullname"), fields.text("enname"), fields.text("cnspell"),
        fields.text("exchange"), fields.text("curr_type"), fields.text("list_status"),
        fields.text("is_hs"), fields.text("source"), fields.date("last_finance_sync_date"));
  }
}
