package stockassistant.adapters.persistence.stock;

import java.time.LocalDate;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.stock.ThirdCode;

/**
 * One stock_info row as MyBatis reads and writes it; converts itself to and from the domain.
 * Public only because the JDK proxy of the public mapper must see its return type.
 */
public record StockRow(
    String thirdCode,
    String symbol,
    String name,
    String area,
    String industry,
    String market,
    LocalDate listDate,
    LocalDate delistDate,
    String fullname,
    String enname,
    String cnspell,
    String exchange,
    String currType,
    String listStatus,
    String isHs,
    String source,
    LocalDate lastFinanceSyncDate) {

  static StockRow of(Stock stock) {
    return new StockRow(stock.thirdCode().value(), stock.symbol(), stock.name(), stock.area(),
        stock.industry(), stock.market(), stock.listDate(), stock.delistDate(), stock.fullname(),
        stock.enname(), stock.cnspell(), stock.exchange(), stock.currType(), stock.listStatus(),
        stock.isHs(), stock.source(), stock.lastFinanceSyncDate());
  }

  Stock toDomain() {
    return new Stock(ThirdCode.of(thirdCode), symbol, name, area, industry, market, listDate,
        delistDate, fullname, enname, cnspell, exchange, currType, listStatus, isHs, source,
        lastFinanceSyncDate);
  }
}
