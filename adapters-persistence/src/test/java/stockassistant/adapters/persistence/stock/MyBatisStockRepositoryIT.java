package stockassistant.adapters.persistence.stock;

import stockassistant.domain.transaction.Db;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static stockassistant.domain.testdata.FinanceReportBuilder.aReport;
import static stockassistant.domain.testdata.StockBuilder.aStock;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.DatabaseTest;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.domain.DataConflict;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.stock.ThirdCode;

class MyBatisStockRepositoryIT extends DatabaseTest {
  private final MyBatisStockRepository stocks = persistence.stocks();


  @Test
  void findsByThirdCodeAndBySymbol() {
    write(db -> stocks.upsert(db, aStock().of("000001.SZ").named("平安银行").build()));

    assertThat(read((Db db) -> stocks.findByThirdCode(db, ThirdCode.of("000001.SZ")))).get()
        .extracting(Stock::name).isEqualTo("平安银行");
    assertThat(read((Db db) -> stocks.findBySymbol(db, "000001"))).get()
        .extracting(Stock::thirdCode).isEqualTo(ThirdCode.of("000001.SZ"));
    assertThat(read((Db db) -> stocks.findByThirdCode(db, ThirdCode.of("600000.SH")))).isEmpty();
    assertThat(read((Db db) -> stocks.findBySymbol(db, "600000"))).isEmpty();
  }

  @Test
  void findsOnlyTheExistingAmongManyCodes() {
    write(db -> stocks.upsertAll(db, List.of(aStock().of("000001.SZ").build(), aStock().of("600000.SH").build())));

    var found = read(db -> stocks.findByThirdCodes(db, List.of(ThirdCode.of("600000.SH"),
        ThirdCode.of("430047.BJ"), ThirdCode.of("000001.SZ"))));

    assertThat(found).extracting(s -> s.thirdCode().value())
        .containsExactlyInAnyOrder("000001.SZ", "600000.SH");
    assertThat(read((Db db) -> stocks.findByThirdCodes(db, List.of()))).isEmpty();
  }

  @Test
  void listsAPageOrderedByThirdCode() {
    write(db -> stocks.upsertAll(db, List.of(aStock().of("600000.SH").build(), aStock().of("000001.SZ").build(),
        aStock().of("430047.BJ").build(), aStock().of("000002.SZ").build())));

    assertThat(read((Db db) -> stocks.list(db, 0, 2))).extracting(s -> s.thirdCode().value())
        .containsExactly("000001.SZ", "000002.SZ");
    assertThat(read((Db db) -> stocks.list(db, 2, 10))).extracting(s -> s.thirdCode().value())
        .containsExactly("430047.BJ", "600000.SH");
    assertThat(read((Db db) -> stocks.list(db, 4, 10))).isEmpty();
  }

  @Test
  void searchFindsByCodeSymbolNameOrPinyinWithExactMatchesFirst() {
    write(db -> stocks.upsertAll(db, List.of(aStock().of("000001.SZ").named("平安银行").build(),
        aStock().of("601318.SH").named("中国平安").build(),
        aStock().of("600000.SH").named("浦发银行").build(),
        aStock().of("600001.SH").named("邯郸钢铁").build())));
    TestDatabase.execute("UPDATE stock_info SET cnspell = 'payh' WHERE third_code = '000001.SZ'");

    assertThat(codes(read(db -> stocks.search(db, "600000", 10)))).containsExactly("600000.SH");
    assertThat(codes(read(db -> stocks.search(db, "60000", 10)))).containsExactly("600000.SH", "600001.SH");
    assertThat(codes(read(db -> stocks.search(db, "600000.sh", 10)))).containsExactly("600000.SH");
    assertThat(codes(read(db -> stocks.search(db, "平安", 10)))).as("name prefix before name infix")
        .containsExactly("000001.SZ", "601318.SH");
    assertThat(codes(read(db -> stocks.search(db, "PAYH", 10)))).containsExactly("000001.SZ");
    assertThat(codes(read(db -> stocks.search(db, "银行", 1)))).containsExactly("000001.SZ");
  }

  @Test
  void searchTakesWildcardsLiterally() {
    write(db -> stocks.upsertAll(db, List.of(aStock().of("000001.SZ").named("平安银行").build(),
        aStock().of("000002.SZ").named("万科_A").build())));

    assertThat(read((Db db) -> stocks.search(db, "%", 10))).isEmpty();
    assertThat(codes(read(db -> stocks.search(db, "_", 10)))).containsExactly("000002.SZ");
    assertThat(read((Db db) -> stocks.search(db, "\\", 10))).isEmpty();
  }

  private static List<String> codes(List<Stock> found) {
    return found.stream().map(s -> s.thirdCode().value()).toList();
  }

  @Test
  void upsertReturnsTheStoredRowAndUpdatesInPlace() {
    Stock first = write(db -> stocks.upsert(db, aStock().of("000001.SZ").named("平安银行").industry("银行").build()));
    Stock second = write(db -> stocks.upsert(db, aStock().of("000001.SZ").named("平安银行股份").industry(null).build()));

    assertThat(first.industry()).isEqualTo("银行");
    assertThat(second.name()).isEqualTo("平安银行股份");
    assertThat(second.industry()).as("NULL replaces the old value and stays NULL").isNull();
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_info")).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_info WHERE industry IS NULL"))
        .isEqualTo(1);
  }

  @Test
  void lastDuplicateWinsWithinOneBatch() {
    int written = write(db -> stocks.upsertAll(db, List.of(aStock().of("000001.SZ").named("first").build(),
        aStock().of("600000.SH").named("浦发银行").build(),
        aStock().of("000001.SZ").named("last").build())));

    assertThat(written).isEqualTo(2);
    assertThat(read((Db db) -> stocks.findByThirdCode(db, ThirdCode.of("000001.SZ")))).get()
        .extracting(Stock::name).isEqualTo("last");
  }

  @Test
  void aBatchWithOneConflictingRowStoresNothing() {
    write(db -> stocks.upsert(db, aStock().of("000001.SZ").build()));
    // 000001.BJ would take symbol 000001, which 000001.SZ already holds
    var clashing = new Stock(ThirdCode.of("000001.BJ"), "000001", "clash", null, null, null, null,
        null, null, null, null, null, null, null, null, null, null);

    assertThatThrownBy(() -> write(db -> stocks.upsertAll(db, List.of(aStock().of("600000.SH").build(), clashing))))
        .isInstanceOf(DataConflict.class).hasMessageNotContaining("INSERT");

    assertThat(TestDatabase.count("SELECT count(*) FROM stock_info")).isEqualTo(1);
  }

  @Test
  void upsertsThousandsInOneCall() {
    var many = new java.util.ArrayList<Stock>();
    for (int i = 0; i < 2_500; i++) {
      many.add(aStock().of(String.format("%06d.SZ", i)).build());
    }
    assertThat(write((Db db) -> stocks.upsertAll(db, many))).isEqualTo(2_500);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_info")).isEqualTo(2_500);
  }

  @Test
  void missingFinanceCoversEveryBranch() {
    LocalDate period = LocalDate.parse("2024-03-31");
    LocalDate threshold = LocalDate.parse("2024-04-10");
    write(db -> stocks.upsertAll(db, List.of(
        aStock().of("000001.SZ").build(),                              // never synced, no report
        aStock().of("000002.SZ").financeSyncedOn("2024-04-01").build(), // synced before threshold
        aStock().of("000004.SZ").financeSyncedOn("2024-04-10").build(), // synced on the threshold
        aStock().of("000005.SZ").financeSyncedOn("2024-04-20").build(), // synced after
        aStock().of("600000.SH").build(),                              // has the period's report
        aStock().of("600004.SH").build(),                              // report of another period
        aStock().of("600006.SH").financeSyncedOn("2024-01-01").build()))); // old sync, report present
    write(db -> persistence.finance().upsertAll(db, List.of(
        aReport().of("600000.SH").announcedOn("2024-04-25").forPeriod("2024-03-31").build(),
        aReport().of("600004.SH").announcedOn("2024-03-20").forPeriod("2023-12-31").build(),
        aReport().of("600006.SH").announcedOn("2024-04-28").forPeriod("2024-03-31").build())));

    assertThat(read((Db db) -> stocks.missingFinance(db, period, threshold, 100))).extracting(ThirdCode::value)
        .containsExactly("000001.SZ", "000002.SZ", "600004.SH");
    assertThat(read((Db db) -> stocks.missingFinance(db, period, threshold, 2))).extracting(ThirdCode::value)
        .containsExactly("000001.SZ", "000002.SZ");
  }

  @Test
  void marksFinanceSyncedForManyCodes() {
    write(db -> stocks.upsertAll(db, List.of(aStock().of("000001.SZ").build(), aStock().of("600000.SH").build(),
        aStock().of("430047.BJ").build())));

    int updated = write(db -> stocks.markFinanceSynced(db, List.of(ThirdCode.of("000001.SZ"),
        ThirdCode.of("600000.SH"), ThirdCode.of("688001.SH")), LocalDate.parse("2024-04-10")));

    assertThat(updated).isEqualTo(2);
    assertThat(read((Db db) -> stocks.findByThirdCode(db, ThirdCode.of("000001.SZ")))).get()
        .extracting(Stock::lastFinanceSyncDate).isEqualTo(LocalDate.parse("2024-04-10"));
    assertThat(read((Db db) -> stocks.findByThirdCode(db, ThirdCode.of("430047.BJ")))).get()
        .extracting(Stock::lastFinanceSyncDate).isNull();
  }
}
