package stockassistant.adapters.persistence.quote;

import stockassistant.domain.transaction.Db;
import static org.assertj.core.api.Assertions.assertThat;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.DatabaseTest;
import stockassistant.domain.quote.BarKey;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.BarQuery;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.ThirdCode;

/** The searches behind the Tushare protocol and adjusted prices, on the real database. */
class BarSearchIT extends DatabaseTest {
  private static final ThirdCode A = ThirdCode.of("000001.SZ");
  private static final ThirdCode B = ThirdCode.of("600000.SH");
  private static final ThirdCode C = ThirdCode.of("830001.BJ");
  private static final LocalDate EARLIEST = LocalDate.parse("1990-01-01");
  private static final LocalDate LATEST = LocalDate.parse("9999-12-31");
  private final MyBatisQuoteRepository quotes = persistence.quotes();

  @Test
  void newestFirstThenByCodeWithKeysetPagesAndAnOffsetOnTheFirst() {
    store("000001.SZ", "600000.SH", "830001.BJ");

    List<String> all = keys(read(db -> newestFirst(db, search(List.of()), null, 0, 100)));
    List<String> offset = keys(read(db -> newestFirst(db, search(List.of()), null, 2, 3)));
    List<String> next = keys(read(db -> newestFirst(db, search(List.of()),
        new BarKey(ThirdCode.of("600000.SH"), LocalDate.parse("2024-01-03")), 99, 3)));

    assertThat(all).containsExactly("2024-01-03 000001.SZ", "2024-01-03 600000.SH",
        "2024-01-03 830001.BJ", "2024-01-02 000001.SZ", "2024-01-02 600000.SH",
        "2024-01-02 830001.BJ");
    assertThat(offset).containsExactly("2024-01-03 830001.BJ", "2024-01-02 000001.SZ",
        "2024-01-02 600000.SH");
    assertThat(next).as("after a key the offset no longer applies").containsExactly(
        "2024-01-03 830001.BJ", "2024-01-02 000001.SZ", "2024-01-02 600000.SH");
  }

  @Test
  void onlyTheCodesAndDaysAsked() {
    store("000001.SZ", "600000.SH", "830001.BJ");

    var one = read(db -> newestFirst(db, search(List.of(B)), null, 0, 100));
    var two = read(db -> newestFirst(db, BarQuery.newestFirst(List.of(C, A), LocalDate.parse("2024-01-02"),
        LocalDate.parse("2024-01-02"), BarMetric.PRICE_BAR, null), null, 0, 100));

    assertThat(keys(one)).containsExactly("2024-01-03 600000.SH", "2024-01-02 600000.SH");
    assertThat(keys(two)).containsExactly("2024-01-02 000001.SZ", "2024-01-02 830001.BJ");
  }

  @Test
  void readsOnlyTheColumnsAskedAndOnlyBarsWithTheKnownMetric() {
    write(db -> quotes.upsertAll(db, List.of(
        aBar().of("000001.SZ").on("2024-01-02").adjFactor(1.25).build(),
        aBar().of("000001.SZ").on("2024-01-03").adjFactor(null).build())));

    var factors = read(db -> newestFirst(db, BarQuery.newestFirst(List.of(A), EARLIEST, LATEST,
        Set.of(BarMetric.ADJ_FACTOR), BarMetric.ADJ_FACTOR), null, 0, 10));

    assertThat(keys(factors)).containsExactly("2024-01-02 000001.SZ");
    assertThat(factors.get(0).get(BarMetric.ADJ_FACTOR)).isEqualTo(1.25);
    assertThat(factors.get(0).get(BarMetric.CLOSE)).as("not read").isNull();
  }

  @Test
  void theNewestKnownFactorOfARange() {
    write(db -> quotes.upsertAll(db, List.of(
        aBar().of("000001.SZ").on("2024-01-02").adjFactor(1.0).build(),
        aBar().of("000001.SZ").on("2024-01-03").adjFactor(1.5).build(),
        aBar().of("000001.SZ").on("2024-01-04").adjFactor(null).build(),
        aBar().of("000001.SZ").on("2024-01-05").adjFactor(2.0).build())));

    assertThat(read((Db db) -> quotes.latestAdjFactor(db, A, EARLIEST, LocalDate.parse("2024-01-04"))))
        .contains(1.5);
    assertThat(read((Db db) -> quotes.latestAdjFactor(db, A, EARLIEST, LATEST))).contains(2.0);
    assertThat(read((Db db) -> quotes.latestAdjFactor(db, B, EARLIEST, LATEST))).isEmpty();
  }

  @Test
  void tradeDaysAreTheDistinctDaysWithBarsNewestFirst() {
    store("000001.SZ", "600000.SH");
    write(db -> quotes.upsertAll(db, List.of(aBar().of("000001.SZ").on("2023-12-29").build(),
        aBar().of("000001.SZ").on("2024-02-01").build())));

    assertThat(read((Db db) -> quotes.tradeDays(db, EARLIEST, LATEST, 10))).containsExactly(
        LocalDate.parse("2024-02-01"), LocalDate.parse("2024-01-03"), LocalDate.parse("2024-01-02"),
        LocalDate.parse("2023-12-29"));
    assertThat(read((Db db) -> quotes.tradeDays(db, LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-31"), 1)))
        .containsExactly(LocalDate.parse("2024-01-03"));
    assertThat(read((Db db) -> quotes.tradeDayBefore(db, LocalDate.parse("2024-01-02"))))
        .contains(LocalDate.parse("2023-12-29"));
    assertThat(read((Db db) -> quotes.tradeDayBefore(db, LocalDate.parse("2023-12-29")))).isEmpty();
    assertThat(read(quotes::earliestTradeDate)).contains(LocalDate.parse("2023-12-29"));
  }

  private void store(String... codes) {
    for (String code : codes) {
      write(db -> quotes.upsertAll(db, List.of(aBar().of(code).on("2024-01-02").build(),
          aBar().of(code).on("2024-01-03").build())));
    }
  }

  private List<DailyBar> newestFirst(Db db, BarQuery query, BarKey after, int skip, int limit) {
    BarPage page = quotes.bars(db, query, after, skip, limit);
    return IntStream.range(0, page.size()).mapToObj(page::bar).toList();
  }

  private static BarQuery search(List<ThirdCode> codes) {
    return BarQuery.newestFirst(codes, EARLIEST, LATEST, BarMetric.PRICE_BAR, null);
  }

  private static List<String> keys(List<DailyBar> bars) {
    return bars.stream().map(bar -> bar.tradeDate() + " " + bar.thirdCode()).toList();
  }
}
