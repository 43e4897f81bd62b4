package stockassistant.adapters.persistence.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static stockassistant.domain.testdata.StockBuilder.aStock;

import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.DatabaseTest;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.stock.StockSearch;
import stockassistant.domain.stock.ThirdCode;

class StockSearchIT extends DatabaseTest {
  private static final StockSearch ALL = new StockSearch(List.of(), null, null, null, null, null);
  private final MyBatisStockRepository stocks = persistence.stocks();

  @Test
  void filtersByEachCriterionInCodeOrderWithPages() {
    write(db -> stocks.upsertAll(db, List.of(aStock().of("600000.SH").named("浦发银行").build(),
        aStock().of("000001.SZ").named("平安银行").market("主板").build(),
        aStock().of("300750.SZ").named("宁德时代").market("创业板").build(),
        aStock().of("830001.BJ").named("北交样本").market("北交所").build())));

    assertThat(codes(ALL, null, 0, 10))
        .containsExactly("000001.SZ", "300750.SZ", "600000.SH", "830001.BJ");
    assertThat(codes(ALL, null, 1, 2)).containsExactly("300750.SZ", "600000.SH");
    assertThat(codes(ALL, ThirdCode.of("300750.SZ"), 9, 10))
        .containsExactly("600000.SH", "830001.BJ");
    assertThat(codes(new StockSearch(List.of(), null, "创业板", null, null, null), null, 0, 10))
        .containsExactly("300750.SZ");
    assertThat(codes(new StockSearch(List.of(), "平安银行", null, null, null, null), null, 0, 10))
        .containsExactly("000001.SZ");
    assertThat(codes(new StockSearch(List.of(), null, null, null, "SZSE", null), null, 0, 10))
        .containsExactly("000001.SZ", "300750.SZ");
    assertThat(codes(new StockSearch(List.of(ThirdCode.of("830001.BJ"), ThirdCode.of("600000.SH")),
        null, null, "L", null, "N"), null, 0, 10)).containsExactly("600000.SH", "830001.BJ");
    assertThat(codes(new StockSearch(List.of(), null, null, "D", null, null), null, 0, 10)).isEmpty();
  }

  @Test
  void aStockStoredWithoutStatusOrExchangeCountsAsListedOnItsCodesExchange() {
    write(db -> stocks.upsert(db, bare(ThirdCode.of("688981.SH"), "688981", "中芯国际")));

    assertThat(codes(new StockSearch(List.of(), null, null, "L", "SSE", null), null, 0, 10))
        .containsExactly("688981.SH");
    assertThat(codes(new StockSearch(List.of(), null, null, "L", "SZSE", null), null, 0, 10)).isEmpty();
  }

  private List<String> codes(StockSearch search, ThirdCode after, int skip, int limit) {
    return read(db -> stocks.search(db, search, after, skip, limit)).stream()
        .map(stock -> stock.thirdCode().value()).toList();
  }

  /** A stock with its code, symbol and name only: no list_status, no exchange. */
  private static Stock bare(ThirdCode code, String symbol, String name) {
    return new Stock(code, symbol, name, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null);
  }
}
