package stockassistant.domain.testdata;

import java.time.LocalDate;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.stock.ThirdCode;

/** Starts from a valid stock (浦发银行); change only what the test is about. */
public final class StockBuilder {
  private String code = "600000.SH";
  private String name = "浦发银行";
  private String industry = "银行";
  private String market = "主板";
  private LocalDate listDate = LocalDate.parse("1999-11-10");
  private LocalDate lastFinanceSyncDate;

  private StockBuilder() {}

  public static StockBuilder aStock() {
    return new StockBuilder();
  }

  public StockBuilder of(String thirdCode) {
    this.code = thirdCode;
    return this;
  }

  public StockBuilder named(String name) {
    this.name = name;
    return this;
  }

  public StockBuilder industry(String industry) {
    this.industry = industry;
    return this;
  }

  public StockBuilder market(String market) {
    this.market = market;
    return this;
  }

  public StockBuilder listedOn(LocalDate day) {
    this.listDate = day;
    return this;
  }

  public StockBuilder financeSyncedOn(String isoDate) {
    this.lastFinanceSyncDate = isoDate == null ? null : LocalDate.parse(isoDate);
    return this;
  }

  public Stock build() {
    var thirdCode = ThirdCode.of(code);
    String exchange = switch (thirdCode.suffix()) {
      case "SH" -> "SSE";
      case "SZ" -> "SZSE";
      default -> "BSE";
    };
    return new Stock(thirdCode, thirdCode.symbol(), name, "上海", industry, market, listDate, null,
        name + "股份有限公司", null, null, exchange, "CNY", "L", "N", "tushare", lastFinanceSyncDate);
  }
}
