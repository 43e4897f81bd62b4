package stockassistant.adapters.persistence.quote;

import stockassistant.domain.transaction.Db;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;
import static stockassistant.domain.testdata.StockBuilder.aStock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.session.OpenWork;
import stockassistant.adapters.persistence.testing.DatabaseTest;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.domain.DataConflict;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarKey;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.BarQuery;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.MarketBar;
import stockassistant.domain.quote.VersionedBarPage;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.stock.ThirdCode;

class MyBatisQuoteRepositoryIT extends DatabaseTest {
  private final MyBatisQuoteRepository quotes = persistence.quotes();

  private static final ThirdCode PINGAN = ThirdCode.of("000001.SZ");

  @Test
  void lastDuplicateWinsWithinOneBatch() {
    int written = upsert(List.of(aBar().of("000001.SZ").on("2024-01-02").close(10.0).build(),
        aBar().of("000001.SZ").on("2024-01-03").close(11.0).build(),
        aBar().of("000001.SZ").on("2024-01-02").close(12.5).build()));

    assertThat(written).isEqualTo(2);
    assertThat(closesOf(PINGAN)).containsExactly(12.5, 11.0);
  }

  @Test
  void lastDuplicateWinsOnTheCopyPathToo() {
    var bars = new ArrayList<DailyBar>();
    for (int day = 1; day <= 200; day++) {
      bars.add(aBar().of("000001.SZ").on(LocalDate.of(2023, 1, 1).plusDays(day)).close(day).build());
    }
    bars.add(aBar().of("000001.SZ").on(LocalDate.of(2023, 1, 2)).close(999.0).build());

    assertThat(upsert(bars)).isEqualTo(200);
    assertThat(closesOf(PINGAN)).hasSize(200).first().isEqualTo(999.0);
  }

  @Test
  void reUpsertUpdatesInPlace() {
    upsert(List.of(aBar().of("000001.SZ").on("2024-01-02").close(10.0).build()));
    upsert(List.of(aBar().of("000001.SZ").on("2024-01-02").close(10.8).build()));

    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily")).isEqualTo(1);
    assertThat(closesOf(PINGAN)).containsExactly(10.8);
  }

  @Test
  void nullsRoundTripAsNull() {
    upsert(List.of(aBar().of("000001.SZ").on("2024-01-02").withNoIndicators()
        .without(BarMetric.PRE_CLOSE).build()));

    DailyBar stored = read(db -> latest(db, PINGAN)).orElseThrow();
    assertThat(stored.get(BarMetric.PRE_CLOSE)).isNull();
    assertThat(stored.get(BarMetric.PE)).isNull();
    assertThat(stored.get(BarMetric.CLOSE)).isNotNull();
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily WHERE pre_close IS NULL AND pe IS NULL"))
        .isEqualTo(1);
  }

  @Test
  void aFailureLaterInTheTransactionStoresNothing() {
    write(db -> persistence.stocks().upsert(db, aStock().of("000001.SZ").build()));
    var clashing = new Stock(ThirdCode.of("000001.BJ"), "000001", "clash", null, null, null, null,
        null, null, null, null, null, null, null, null, null, null);
    var bars = new ArrayList<DailyBar>();
    for (int day = 0; day < 100; day++) {
      bars.add(aBar().of("600000.SH").on(LocalDate.of(2024, 1, 1).plusDays(day)).build());
    }

    assertThatThrownBy(() -> write(db -> {
      quotes.upsertAll(db, bars);
      return persistence.stocks().upsert(db, clashing);
    })).isInstanceOf(DataConflict.class);

    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily")).isZero();
  }

  @Test
  void priceBarsAreTheRangeAscendingWithPriceColumnsOnly() {
    upsert(List.of(aBar().of("000001.SZ").on("2024-01-04").close(3).build(),
        aBar().of("000001.SZ").on("2024-01-02").close(1).build(),
        aBar().of("000001.SZ").on("2024-01-03").close(2).build(),
        aBar().of("000001.SZ").on("2024-01-05").close(4).build(),
        aBar().of("600000.SH").on("2024-01-03").close(9).build()));

    var seen = bars(read(db -> priceBars(db, PINGAN, LocalDate.parse("2024-01-03"),
        LocalDate.parse("2024-01-04"), 100)));

    assertThat(seen).extracting(DailyBar::tradeDate)
        .containsExactly(LocalDate.parse("2024-01-03"), LocalDate.parse("2024-01-04"));
    assertThat(seen.get(0).get(BarMetric.CLOSE)).isEqualTo(2.0);
    assertThat(seen.get(0).get(BarMetric.ADJ_FACTOR)).isNotNull();
    assertThat(seen.get(0).get(BarMetric.PE)).as("valuation columns are not part of a price bar").isNull();
  }

  @Test
  void fullBarsCarryEveryColumnAscending() {
    upsert(List.of(aBar().of("000001.SZ").on("2024-01-03").with(BarMetric.PE, 5.5).build(),
        aBar().of("000001.SZ").on("2024-01-02").with(BarMetric.PE, 5.0).build()));

    var seen = bars(read(db -> fullBars(db, PINGAN, LocalDate.parse("2024-01-01"),
        LocalDate.parse("2024-12-31"), 100)));

    assertThat(seen).extracting(bar -> bar.get(BarMetric.PE)).containsExactly(5.0, 5.5);
    assertThat(seen.get(0).get(BarMetric.TOTAL_MV)).isEqualTo(3.1e7);
    assertThat(seen.get(0).get(BarMetric.CLOSE)).isEqualTo(10.5);
  }

  @Test
  void emptyRangeDeliversNothing() {
    assertThat(read((Db db) -> priceBars(db, PINGAN, LocalDate.parse("2024-01-01"),
        LocalDate.parse("2024-12-31"), 100)).isEmpty()).isTrue();
  }

  @Test
  void latestIsTheNewestBarWithEveryColumn() {
    upsert(List.of(aBar().of("000001.SZ").on("2024-01-02").build(),
        aBar().of("000001.SZ").on("2024-01-05").with(BarMetric.TOTAL_MV, 123.0).build(),
        aBar().of("600000.SH").on("2024-02-01").build()));

    DailyBar latest = read(db -> latest(db, PINGAN)).orElseThrow();
    assertThat(latest.tradeDate()).isEqualTo(LocalDate.parse("2024-01-05"));
    assertThat(latest.get(BarMetric.TOTAL_MV)).isEqualTo(123.0);
    assertThat(read((Db db) -> latest(db, ThirdCode.of("430047.BJ")))).isEmpty();
  }

  @Test
  void theFirstPageWithTheVersionIsTheFirstPageAndTheVersionOfTheSameRead() {
    upsert(List.of(aBar().of("000001.SZ").on("2024-01-02").build(),
        aBar().of("000001.SZ").on("2024-01-03").build()));
    long before = read(quotes::writeVersion);
    BarQuery range = BarQuery.range(PINGAN, LocalDate.parse("2024-01-01"),
        LocalDate.parse("2024-12-31"), BarMetric.PRICE_BAR);

    VersionedBarPage first = read(db -> quotes.firstPageWithVersion(db, range, 1, 10));
    assertThat(first.writeVersion()).isEqualTo(before);
    assertThat(bars(first.page())).extracting(DailyBar::tradeDate)
        .containsExactly(LocalDate.parse("2024-01-03"));
    BarQuery names = BarQuery.day(LocalDate.parse("2024-01-02"), EnumSet.allOf(BarMetric.class));
    assertThat(read(db -> quotes.firstPageWithVersion(db, names, 0, 10)).writeVersion())
        .as("the version column follows the stock names").isEqualTo(before);

    upsert(List.of(aBar().of("600000.SH").on("2024-01-02").build()));
    BarQuery none = BarQuery.range(PINGAN, LocalDate.parse("2019-01-01"),
        LocalDate.parse("2019-12-31"), BarMetric.PRICE_BAR);
    VersionedBarPage empty = read(db -> quotes.firstPageWithVersion(db, none, 0, 10));
    assertThat(empty.page().isEmpty()).isTrue();
    assertThat(empty.writeVersion()).as("no row carries it: read on its own")
        .isEqualTo(read(quotes::writeVersion)).isGreaterThan(before);
  }

  @Test
  void latestTradeDateIsTheMaximumOrEmpty() {
    assertThat(read(quotes::latestTradeDate)).isEmpty();
    upsert(List.of(aBar().of("000001.SZ").on("2024-01-02").build(),
        aBar().of("600000.SH").on("2024-03-01").build()));
    assertThat(read(quotes::latestTradeDate)).contains(LocalDate.parse("2024-03-01"));
  }

  @Test
  void crossSectionIsOrderedByThirdCodeWithNullNameForUnknownStocks() {
    write(db -> persistence.stocks().upsertAll(db, List.of(aStock().of("600000.SH").named("浦发银行").build(),
        aStock().of("000001.SZ").named("平安银行").build())));
    upsert(List.of(aBar().of("600000.SH").on("2024-01-02").build(),
        aBar().of("430047.BJ").on("2024-01-02").build(),
        aBar().of("000001.SZ").on("2024-01-02").build(),
        aBar().of("000001.SZ").on("2024-01-03").build()));

    List<MarketBar> seen = marketBars(read(db -> crossSection(db, LocalDate.parse("2024-01-02"),
        null, 100)));

    assertThat(seen).extracting(m -> m.bar().thirdCode().value())
        .containsExactly("000001.SZ", "430047.BJ", "600000.SH");
    assertThat(seen).extracting(MarketBar::stockName).containsExactly("平安银行", null, "浦发银行");
  }

  @Test
  void crossSectionPagesStartAfterTheGivenCode() {
    upsert(List.of(aBar().of("600000.SH").on("2024-01-02").build(),
        aBar().of("430047.BJ").on("2024-01-02").build(),
        aBar().of("000001.SZ").on("2024-01-02").build()));

    List<MarketBar> page = marketBars(read(db -> crossSection(db,
        LocalDate.parse("2024-01-02"), ThirdCode.of("000001.SZ"), 1)));

    assertThat(page).extracting(m -> m.bar().thirdCode().value()).containsExactly("430047.BJ");
  }

  @Test
  void aRangeReadReturnsAtMostTheLimitFromTheFirstDay() {
    var bars = new ArrayList<DailyBar>();
    for (int day = 0; day < 10; day++) {
      bars.add(aBar().of("000001.SZ").on(LocalDate.of(2024, 1, 1).plusDays(day)).build());
    }
    upsert(bars);

    List<DailyBar> page = bars(read(db -> priceBars(db, PINGAN, LocalDate.parse("2024-01-03"),
        LocalDate.parse("2024-12-31"), 4)));

    assertThat(page).extracting(DailyBar::tradeDate).containsExactly(LocalDate.parse("2024-01-03"),
        LocalDate.parse("2024-01-04"), LocalDate.parse("2024-01-05"), LocalDate.parse("2024-01-06"));
  }

  @Test
  void aRepositoryCalledWithTheHandleOfAnEndedUnitOfWorkRefuses() {
    Db ended = read(db -> db);
    assertThatThrownBy(() -> quotes.latestTradeDate(ended)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unit of work is over");
  }

  @Test
  void copyPathAndRowPathStoreIdenticalTables() {
    var bars = new ArrayList<DailyBar>();
    for (int i = 0; i < 300; i++) {
      var bar = aBar().of(i % 2 == 0 ? "000001.SZ" : "600000.SH")
          .on(LocalDate.of(2024, 1, 1).plusDays(i / 2)).close(10 + i * 0.01);
      if (i % 7 == 0) {
        bar.withNoIndicators().without(BarMetric.OPEN);
      }
      bars.add(bar.build());
    }
    bars.add(aBar().of("000001.SZ").on("2024-01-01").close(77.7).build());  // duplicate: last wins

    upsert(bars);
    String viaCopy = TestDatabase.dump("stock_daily");
    TestDatabase.truncateAll();
    upsertByRows(bars);
    String viaRows = TestDatabase.dump("stock_daily");

    assertThat(viaCopy).isEqualTo(viaRows).contains("77.7");
  }

  @Test
  void aStoredKeyInTheMiddleOfANewBatchFallsBackToTheMergeAndStoresEveryRow() {
    upsert(List.of(aBar().of("000001.SZ").on("2024-02-15").close(1.0).build()));
    var bars = new ArrayList<DailyBar>();
    for (int day = 0; day < 100; day++) {
      bars.add(aBar().of("000001.SZ").on(LocalDate.of(2024, 1, 1).plusDays(day)).close(50 + day).build());
    }

    assertThat(upsert(bars)).isEqualTo(100);

    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily")).isEqualTo(100);
    assertThat(closesOf(PINGAN).get(45)).as("2024-02-15 was updated, not kept").isEqualTo(95.0);
  }

  @Test
  void reUpsertingIdenticalRowsWritesNoNewRowVersions() {
    var bars = new ArrayList<DailyBar>();
    for (int day = 0; day < 100; day++) {
      bars.add(aBar().of("000001.SZ").on(LocalDate.of(2024, 1, 1).plusDays(day)).build());
    }
    upsert(bars);
    long versionBefore = TestDatabase.count("SELECT sum(xmin::text::bigint) FROM stock_daily");

    assertThat(upsert(bars)).isEqualTo(100);
    assertThat(upsertByRows(bars)).isEqualTo(100);

    assertThat(TestDatabase.count("SELECT sum(xmin::text::bigint) FROM stock_daily"))
        .as("no row was rewritten").isEqualTo(versionBefore);
  }

  @Test
  void refreshingStatisticsAnalyzesTheTable() {
    upsert(List.of(aBar().of("000001.SZ").on("2024-01-02").build(),
        aBar().of("600000.SH").on("2024-01-02").build()));

    write(db -> {
      quotes.refreshStatistics(db);
      return null;
    });

    // on Citus the planner's statistics are the shards' own, on the workers
    assertThat(TestDatabase.count(TestDatabase.onCitus()
        ? "SELECT sum(result::bigint) FROM run_command_on_shards('stock_daily', "
            + "$$SELECT reltuples::bigint FROM pg_class WHERE oid = '%s'::regclass$$)"
        : "SELECT reltuples::bigint FROM pg_class WHERE relname = 'stock_daily'"))
        .as("the planner now knows the table's rows").isEqualTo(2);
    // the key columns every plan hangs on have statistics (on Citus only they are refreshed)
    assertThat(TestDatabase.count(TestDatabase.onCitus()
        ? "SELECT sum(result::bigint) FROM run_command_on_shards('stock_daily', $$SELECT count(*)"
            + " FROM pg_stats s JOIN pg_class c ON c.relname = s.tablename"
            + " WHERE c.oid = '%s'::regclass AND s.attname IN ('third_code', 'trade_date')$$)"
        : "SELECT count(*) FROM pg_stats WHERE tablename = 'stock_daily'"
            + " AND attname IN ('third_code', 'trade_date')"))
        .as("statistics of the code and the day").isGreaterThan(0);
  }

  private int upsert(List<DailyBar> bars) {
    return write(db -> quotes.upsertAll(db, bars));
  }

  /** The row path, whatever the size: what the COPY path is checked against. */
  private int upsertByRows(List<DailyBar> bars) {
    var byRows = BarRows.writer(Integer.MAX_VALUE);
    return write(db -> byRows.upsert(OpenWork.of(db).connection(), bars));
  }

  private List<Double> closesOf(ThirdCode code) {
    return bars(read(db -> priceBars(db, code, LocalDate.of(1900, 1, 1),
        LocalDate.parse("2100-01-01"), 10_000))).stream().map(bar -> bar.get(BarMetric.CLOSE)).toList();
  }

  private Optional<DailyBar> latest(Db db, ThirdCode code) {
    BarPage page = quotes.bars(db, BarQuery.newest(code, 1, EnumSet.allOf(BarMetric.class)), null, 0, 1);
    return page.isEmpty() ? Optional.empty() : Optional.of(page.bar(0));
  }

  private BarPage priceBars(Db db, ThirdCode code, LocalDate from, LocalDate to, int limit) {
    return quotes.bars(db, BarQuery.range(code, from, to, BarMetric.PRICE_BAR), null, 0, limit);
  }

  private BarPage fullBars(Db db, ThirdCode code, LocalDate from, LocalDate to, int limit) {
    return quotes.bars(db, BarQuery.range(code, from, to, EnumSet.allOf(BarMetric.class)), null, 0,
        limit);
  }

  private BarPage crossSection(Db db, LocalDate day, ThirdCode after, int limit) {
    return quotes.bars(db, BarQuery.day(day, EnumSet.allOf(BarMetric.class)),
        after == null ? null : new BarKey(after, day), 0, limit);
  }

  private static List<DailyBar> bars(BarPage page) {
    return IntStream.range(0, page.size()).mapToObj(page::bar).toList();
  }

  private static List<MarketBar> marketBars(BarPage page) {
    return IntStream.range(0, page.size()).mapToObj(page::marketBar).toList();
  }
}
