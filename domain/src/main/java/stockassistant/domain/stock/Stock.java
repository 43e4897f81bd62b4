package stockassistant.domain.stock;

import static stockassistant.domain.InvalidField.optionalText;
import static stockassistant.domain.InvalidField.requirePresent;
import static stockassistant.domain.InvalidField.requireText;

import java.time.LocalDate;

/** One listed security (a stock_info row). Text limits are the column widths. */
public record Stock(
    ThirdCode thirdCode,
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

  public static final String DEFAULT_SOURCE = "tushare";

  public Stock {
    requirePresent("third_code", thirdCode);
    requireText("symbol", symbol, 10);
    requireText("name", name, 100);
    optionalText("area", area, 50);
    optionalText("industry", industry, 50);
    optionalText("market", market, 20);
    optionalText("fullname", fullname, 200);
    optionalText("enname", enname, 200);
    optionalText("cnspell", cnspell, 50);
    optionalText("exchange", exchange, 20);
    optionalText("curr_type", currType, 20);
    optionalText("list_status", listStatus, 10);
    optionalText("is_hs", isHs, 10);
    source = optionalText("source", source == null ? DEFAULT_SOURCE : source, 20);
  }
}
