package stockassistant.bootstrap.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.sync.AdvisoryLock;
import stockassistant.adapters.persistence.testing.DatabaseTest;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.web.tushare.client.TushareSettings;
import stockassistant.application.sync.MarketSync;
import stockassistant.application.sync.SyncBusy;
import stockassistant.application.sync.SyncPart;
import stockassistant.application.sync.SyncProgress;
import stockassistant.application.sync.SyncReport;
import stockassistant.application.sync.SyncRequest;
import stockassistant.application.sync.SyncStatus;
import stockassistant.domain.sync.FeedStopped;
import stockassistant.domain.sync.SyncLock;

/**
 * The sync against a fake Tushare on loopback and the real database: what it stores, how it pages,
 * how it meets limits, faults and late data, and that a run stopped part-way and run again ends
 * with the same store as one that was never stopped.
 */
class SyncIT extends DatabaseTest {
  static final ZonedDateTime NOW = ZonedDateTime.of(2024, 2, 5, 18, 0, 0, 0, SyncParts.MARKET_ZONE);
  static final SyncRequest JANUARY =
      new SyncRequest(FakeMarket.FIRST, FakeMarket.LAST, null, false);

  private FakeTushare upstream;
  private final List<Duration> sleeps = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    SyncTables.empty();
    upstream = new FakeTushare();
  }

  @AfterEach
  void stop() {
    upstream.close();
  }

  /** Fast settings: no pace to speak of, short timeouts and backoff. */
  private TushareSettings fast() {
    return TushareSettings.of(upstream.url(), FakeTushare.TOKEN).withPace(600_000)
        .withTimeouts(Duration.ofMillis(500), 4, Duration.ofMillis(10));
  }

  private MarketSync sync(TushareSettings settings) {
    return SyncParts.create(persistence, TestDatabase.target(TestDatabase.server()), settings,
        sleeps::add, Clock.fixed(NOW.toInstant(), SyncParts.MARKET_ZONE));
  }

  private SyncReport run(SyncRequest request) {
    return sync(fast()).run(request, progress());
  }

  private SyncProgress progress() {
    return new SyncProgress() {
      @Override
      public void update(stockassistant.application.sync.SyncCounters counters) {}

      @Override
      public void note(String message) {
        notes.add(message);
      }
    };
  }

  @Test
  void fillsStocksCalendarBarsSuspensionsAndFinanceSettingBadRowsApart() {
    SyncReport report = run(JANUARY);

    assertThat(report.finished()).as(report.toString()).isTrue();
    assertThat(report.counters().rejected()).as("the non-finite close and the impossible date")
        .isEqualTo(2);
    // survivorship-bias free: delisted and paused stocks are listed too
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_info")).isEqualTo(9);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_info WHERE list_status = 'D' "
        + "AND delist_date = '2024-01-25'")).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_info WHERE list_status = 'P'"))
        .isEqualTo(1);
    long expectedBars = FakeMarket.openDays().stream().mapToLong(FakeMarket::barsOn).sum();
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily")).isEqualTo(expectedBars);
    assertThat(TestDatabase.count("SELECT count(*) FROM sync_day WHERE missing = ''"))
        .isEqualTo(FakeMarket.openDays().size());
    // merged by ts_code: every bar has its adj_factor and daily_basic columns
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily WHERE adj_factor IS NULL "
        + "OR pe IS NULL OR close IS NULL")).isZero();
    // the suspended stock: no bar on its three days, three suspension rows, no stray factor bar
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily WHERE third_code = "
        + "'000002.SZ' AND trade_date BETWEEN '2024-01-10' AND '2024-01-12'")).isZero();
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_suspension WHERE third_code = "
        + "'000002.SZ'")).isEqualTo(3);
    // the listing mid-range starts on its listing day; the delisted stock ends the day before
    assertThat(TestDatabase.count("SELECT (min(trade_date) = '2024-01-15')::int FROM stock_daily "
        + "WHERE third_code = '301999.SZ'")).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT (max(trade_date) = '2024-01-24')::int FROM stock_daily "
        + "WHERE third_code = '600001.SH'")).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT count(*) FROM trade_calendar WHERE is_open")).isEqualTo(
        3L * FakeMarket.openDays().size());
    // bad rows: kept with api, day, the row and the reason; the rest of their days stored
    assertThat(TestDatabase.count("SELECT count(*) FROM sync_rejected WHERE api = 'daily' AND "
        + "trade_date = '2024-01-05' AND reason LIKE 'close:%' AND row_text LIKE '%000004.SZ%'"))
        .isEqualTo(1);
    assertThat(TestDatabase.count("SELECT count(*) FROM sync_rejected WHERE api = 'daily_basic' "
        + "AND reason LIKE '%not a real date%'")).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily WHERE trade_date = "
        + "'2024-01-05'")).isEqualTo(FakeMarket.barsOn(LocalDate.of(2024, 1, 5)));
    // finance: every revision kept, every stock marked checked today
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_finance WHERE third_code = "
        + "'600000.SH' AND end_date = '2023-09-30'")).isEqualTo(2);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_info WHERE "
        + "last_finance_sync_date = '2024-02-05'")).isEqualTo(9);
    // the token went out in every request's body
    assertThat(upstream.tokensSeen()).containsOnly(FakeTushare.TOKEN);
  }

  @Test
  void aSecondRunFetchesNothingItHadFinishedAndKeepsTheFinanceBookkeeping() {
    run(JANUARY);
    String before = SyncTables.store();
    upstream.resetCounts();

    SyncReport again = run(JANUARY);

    assertThat(again.finished()).isTrue();
    assertThat(upstream.calls("daily")).as("no day is fetched twice").isZero();
    assertThat(upstream.calls("fina_indicator")).as("checked today already").isZero();
    assertThat(SyncTables.store()).isEqualTo(before);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_info WHERE "
        + "last_finance_sync_date IS NULL")).as("a stock list refresh keeps the finance dates").isZero();
  }

  @Test
  void pagesUntilAnAnswerIsNotCutShortWithOrWithoutHasMore() {
    upstream.withoutHasMore();

    SyncReport report = run(new SyncRequest(FakeMarket.FIRST, FakeMarket.LAST,
        EnumSet.of(SyncPart.STOCKS, SyncPart.BARS), false));

    assertThat(report.finished()).isTrue();
    long expectedBars = FakeMarket.openDays().stream().mapToLong(FakeMarket::barsOn).sum();
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily")).isEqualTo(expectedBars);
    // a cap of 4 rows: at least 3 pages a day (up to 8 codes and a stray row) plus an empty one
    assertThat(upstream.calls("daily")).isGreaterThanOrEqualTo(3 * FakeMarket.openDays().size());
  }

  @Test
  void aLateAdjFactorIsStoredIncompleteAndFetchedAgainUntilComplete() {
    LocalDate late = LocalDate.of(2024, 1, 30);
    upstream.market.adjFactorLate(late);
    upstream.market.dailyBasicLate(late);

    run(JANUARY);

    assertThat(TestDatabase.count("SELECT count(*) FROM sync_day WHERE trade_date = '2024-01-30' "
        + "AND missing = 'daily_basic,adj_factor'")).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily WHERE trade_date = "
        + "'2024-01-30' AND adj_factor IS NULL")).isPositive();

    upstream.market.publish();
    upstream.resetCounts();
    SyncReport again = run(JANUARY);

    assertThat(again.finished()).isTrue();
    assertThat(upstream.calls("daily")).as("the prices are not fetched again").isZero();
    assertThat(upstream.calls("adj_factor")).isPositive();
    assertThat(TestDatabase.count("SELECT count(*) FROM sync_day WHERE missing <> ''")).isZero();
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily WHERE trade_date = "
        + "'2024-01-30' AND (adj_factor IS NULL OR pe IS NULL OR close IS NULL)")).isZero();
  }

  @Test
  void refreshFetchesARevisedDayAgain() {
    run(JANUARY);
    LocalDate revised = LocalDate.of(2024, 1, 17);
    upstream.market.revise("600000.SH", revised, 99.99);

    run(JANUARY);
    assertThat(close("600000.SH", revised)).as("without --refresh a stored day stays").isNotEqualTo(99.99);

    SyncReport refreshed = run(new SyncRequest(revised, revised, EnumSet.of(SyncPart.BARS), true));

    assertThat(refreshed.finished()).isTrue();
    assertThat(close("600000.SH", revised)).isEqualTo(99.99);
  }

  @Test
  void waitsOutTheMinuteLimitWithoutCountingAFailureAndSlowsDownToIt() {
    upstream.script("daily", FakeTushare.Fault.MINUTE_LIMIT, FakeTushare.Fault.MINUTE_LIMIT);

    SyncReport report = run(new SyncRequest(LocalDate.of(2024, 1, 29), FakeMarket.LAST,
        EnumSet.of(SyncPart.BARS), false));

    assertThat(report.finished()).as(report.toString()).isTrue();
    assertThat(report.counters().waits()).isEqualTo(2);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(60));
    // "每分钟最多访问该接口200次": from then on daily goes at 200 a minute, one call every 300 ms
    // (the gaps are seen at the server: a call that reached it late shortens the next gap, so
    // 250 ms, not 300; unpaced, the calls come a few ms apart)
    List<Long> gaps = upstream.gapsMillis("daily");
    assertThat(gaps.subList(2, gaps.size())).isNotEmpty().allSatisfy(gap ->
        assertThat(gap).isGreaterThanOrEqualTo(250));
  }

  /** BarSync.FETCH_AHEAD (package-private there): days fetched at once. */
  private static final int BAR_SYNC_FETCH_AHEAD = 2;

  @Test
  void theDailyLimitStopsCleanlyAndTheNextRunResumes() {
    String uninterrupted = uninterruptedStore();
    upstream.faultAfter("daily", dailyPagesOf(5), FakeTushare.Fault.DAY_LIMIT);

    SyncReport stopped = run(JANUARY);

    assertThat(stopped.stopped()).isEqualTo(FeedStopped.Reason.DAILY_LIMIT);
    assertThat(stopped.message()).contains("daily").contains("每天最多访问该接口").contains("tomorrow");
    // the quota covers five days' pages; with two days fetched at once their pages interleave,
    // so the sixth day's may spend some of the fifth's: four or five days were whole, and each
    // one fetched whole was kept
    long kept = TestDatabase.count("SELECT count(*) FROM sync_day");
    assertThat(kept).isBetween(5L - (BAR_SYNC_FETCH_AHEAD - 1), 5L);

    upstream.heal();
    SyncReport resumed = run(JANUARY);

    assertThat(resumed.finished()).isTrue();
    assertThat(resumed.counters().daysStored()).isEqualTo(FakeMarket.openDays().size() - kept);
    assertThat(SyncTables.store()).isEqualTo(uninterrupted);
  }

  @Test
  void noPermissionStopsAtOnceNamingTheApi() {
    upstream.script("daily_basic", FakeTushare.Fault.NO_PERMISSION);

    SyncReport report = run(JANUARY);

    assertThat(report.stopped()).isEqualTo(FeedStopped.Reason.NO_PERMISSION);
    assertThat(report.message()).contains("daily_basic").contains("没有访问该接口的权限");
    assertThat(upstream.calls("daily_basic")).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT count(*) FROM sync_day")).isZero();
    assertThat(TestDatabase.count("SELECT count(*) FROM sync_run WHERE outcome = 'stopped'")).isEqualTo(1);
  }

  @Test
  void aWrongTokenStopsAtOnce() {
    var settings = new TushareSettings(upstream.url(), "wrong", 600_000, Duration.ofMillis(500), 3,
        Duration.ofMillis(10), 5_000);

    SyncReport report = sync(settings).run(JANUARY, SyncProgress.SILENT);

    assertThat(report.stopped()).isEqualTo(FeedStopped.Reason.BAD_TOKEN);
    assertThat(report.message()).contains("stock_basic").doesNotContain("wrong");
  }

  @Test
  void serverErrorsAndASlowAnswerAreRetriedWithBackoff() {
    upstream.slowAnswersTake(1_200);
    upstream.script("daily", FakeTushare.Fault.HTTP_503, FakeTushare.Fault.HTTP_503,
        FakeTushare.Fault.SLOW);

    SyncReport report = run(JANUARY);

    assertThat(report.finished()).as(report.toString()).isTrue();
    assertThat(report.counters().waits()).as("faults are not rate-limit waits").isZero();
    assertThat(TestDatabase.count("SELECT count(*) FROM sync_day")).isEqualTo(FakeMarket.openDays().size());
  }

  @Test
  void withTheShippedDefaultsAOne503AndASlowAnswerAreRiddenOut() {
    // the shipped timeout (30 s), attempts (5), first backoff (1 s) and pace (200 a minute)
    upstream.slowAnswersTake(2_000);
    upstream.script("daily", FakeTushare.Fault.HTTP_503, FakeTushare.Fault.SLOW);
    LocalDate from = LocalDate.of(2024, 1, 29);

    SyncReport report = sync(TushareSettings.of(upstream.url(), FakeTushare.TOKEN))
        .run(new SyncRequest(from, FakeMarket.LAST, EnumSet.of(SyncPart.BARS), false),
            SyncProgress.SILENT);

    assertThat(report.finished()).as(report.toString()).isTrue();
    assertThat(TestDatabase.count("SELECT count(*) FROM sync_day")).isEqualTo(3);
  }

  @Test
  void anUpstreamThatStaysDownStopsTheRunWithTheWatermarkWhereItWas() {
    String uninterrupted = uninterruptedStore();
    upstream.dieFromCall(upstream.totalCalls() + 60);

    SyncReport report = run(JANUARY);

    assertThat(report.stopped()).isEqualTo(FeedStopped.Reason.UNAVAILABLE);
    assertThat(report.message()).contains("HTTP 503").contains("run again");
    long stored = TestDatabase.count("SELECT count(*) FROM sync_day");
    assertThat(stored).isBetween(1L, (long) FakeMarket.openDays().size() - 1);
    // every stored day is whole
    assertThat(TestDatabase.count("SELECT count(*) FROM sync_day d LEFT JOIN (SELECT "
        + "trade_date, count(*) AS n FROM stock_daily GROUP BY trade_date) b "
        + "ON b.trade_date = d.trade_date WHERE d.rows <> coalesce(b.n, 0)")).isZero();

    upstream.heal();
    assertThat(run(JANUARY).finished()).isTrue();
    assertThat(SyncTables.store()).isEqualTo(uninterrupted);
  }

  @Test
  void oneSyncAtATimeAcrossConnections() {
    var other = new AdvisoryLock(TestDatabase.target(TestDatabase.server()), TestDatabase.pool());
    try (SyncLock.Held held = other.tryHold().orElseThrow()) {
      MarketSync sync = sync(fast());
      assertThatThrownBy(() -> sync.run(JANUARY, SyncProgress.SILENT)).isInstanceOf(SyncBusy.class);
      assertThat(sync.status().running()).isTrue();
    }
    assertThat(sync(fast()).status().running()).isFalse();
    assertThat(upstream.totalCalls()).isZero();
  }

  @Test
  void statusShowsTheLastRunFreshnessAndRejectedRows() {
    run(new SyncRequest(FakeMarket.FIRST, LocalDate.of(2024, 1, 26), Set.of(SyncPart.BARS), false));

    SyncStatus status = sync(fast()).status();

    assertThat(status.lastRun().outcome()).isEqualTo("rejected");
    assertThat(status.newestStoredDay()).isEqualTo(LocalDate.of(2024, 1, 26));
    assertThat(status.recentRejected()).hasSize(2);
  }

  /** Runs January whole on the emptied store, keeps its contents, and empties it again. */
  private String uninterruptedStore() {
    assertThat(run(JANUARY).finished()).isTrue();
    String store = SyncTables.store();
    TestDatabase.truncateAll();
    SyncTables.empty();
    sleeps.clear();
    return store;
  }

  /** The daily pages of the first {@code days} open days (a cap of 4 rows a page). */
  static int dailyPagesOf(int days) {
    int pages = 0;
    for (LocalDate day : FakeMarket.openDays().subList(0, days)) {
      int rows = FakeMarket.barsOn(day) + (day.equals(FakeMarket.NON_FINITE_DAY) ? 1 : 0);
      pages += Math.max(1, (rows + 3) / 4);
    }
    return pages;
  }

  private static double close(String code, LocalDate day) {
    return Double.parseDouble(SyncTables.single("SELECT close FROM stock_daily WHERE third_code = '"
        + code + "' AND trade_date = '" + day + "'"));
  }
}
