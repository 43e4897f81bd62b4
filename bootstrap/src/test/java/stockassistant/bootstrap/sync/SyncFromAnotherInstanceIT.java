package stockassistant.bootstrap.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.testing.DatabaseTest;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.web.tushare.client.TushareSettings;
import stockassistant.application.sync.SyncProgress;
import stockassistant.application.sync.SyncReport;
import stockassistant.application.sync.SyncRequest;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.bootstrap.runtime.Service;

/**
 * One instance syncs from another's own {@code /tushare}: the official protocol as this service
 * serves it is enough to copy a store. Instance A (its own database) is filled from the fake
 * Tushare; instance B (the test database) syncs from A over HTTP with A's STOCK_API_TOKEN.
 */
class SyncFromAnotherInstanceIT extends DatabaseTest {
  private static final String SOURCE_DB = "sync_source";
  private static final String SOURCE_TOKEN = "source-instance-token";

  private FakeTushare tushare;
  private Service source;
  private final List<String> notes = new ArrayList<>();

  @BeforeEach
  void startSource() throws IOException {
    SyncTables.empty();
    TestDatabase.execute("DROP DATABASE IF EXISTS " + SOURCE_DB + " WITH (FORCE)");
    TestDatabase.execute("CREATE DATABASE " + SOURCE_DB);
    Flyway.configure().dataSource(sourceUrl(), EmbeddedPostgresServer.SUPERUSER,
        TestDatabase.server().password()).locations("classpath:db/migration").load().migrate();
    tushare = new FakeTushare();
    source = Service.start(TestConfigs.onTestDatabase(Map.of("DATABASE_URL", sourceUrl(),
        "STOCK_API_TOKEN", SOURCE_TOKEN, "MIGRATE_ON_START", "false")));
  }

  @AfterEach
  void stopSource() {
    source.close();
    tushare.close();
  }

  @Test
  void anInstanceCopiesAnotherThroughItsTushareEndpoint() {
    var clock = Clock.fixed(SyncIT.NOW.toInstant(), SyncParts.MARKET_ZONE);
    var sourceTarget = new DatabaseTarget(sourceUrl(), EmbeddedPostgresServer.SUPERUSER,
        TestDatabase.server().password());
    SyncReport filled = SyncParts.create(source.injector().getInstance(Persistence.class),
        sourceTarget, TushareSettings.of(tushare.url(), FakeTushare.TOKEN).withPace(600_000),
        duration -> { }, clock).run(januaryBars(), SyncProgress.SILENT);
    assertThat(filled.finished()).as(filled.toString()).isTrue();

    var fromSource = TushareSettings.of(java.net.URI.create("http://127.0.0.1:" + source.port()
        + "/tushare"), SOURCE_TOKEN).withPace(600_000);
    SyncReport copied = SyncParts.create(persistence, TestDatabase.target(TestDatabase.server()),
        fromSource, duration -> { }, clock).run(januaryBars(), new SyncProgress() {
          @Override
          public void update(stockassistant.application.sync.SyncCounters counters) {}

          @Override
          public void note(String message) {
            notes.add(message);
          }
        });

    assertThat(copied.finished()).as(copied.toString()).isTrue();
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily")).isPositive();
    assertThat(TestDatabase.dump("stock_daily")).isEqualTo(dumpSource("stock_daily"));
    assertThat(TestDatabase.dump("stock_finance")).isEqualTo(dumpSource("stock_finance"));
    String stockColumns = "(SELECT third_code, symbol, name, area, industry, market, list_date, "
        + "delist_date, fullname, enname, cnspell, exchange, curr_type, list_status, is_hs "
        + "FROM stock_info)";
    assertThat(TestDatabase.dump(stockColumns)).isEqualTo(dumpSource(stockColumns));
    // A's calendar is the days it has bars for: B's open days are exactly those
    assertThat(TestDatabase.dump("(SELECT cal_date FROM trade_calendar WHERE exchange = 'SSE' "
        + "AND is_open)")).isEqualTo(dumpSource("(SELECT DISTINCT trade_date FROM stock_daily)"));
  }

  private static SyncRequest januaryBars() {
    return new SyncRequest(FakeMarket.FIRST, FakeMarket.LAST, null, false);
  }

  private static String sourceUrl() {
    return TestDatabase.server().jdbcUrl().replace("/" + EmbeddedPostgresServer.DATABASE,
        "/" + SOURCE_DB);
  }

  private static String dumpSource(String table) {
    try (Connection connection = DriverManager.getConnection(sourceUrl(),
        EmbeddedPostgresServer.SUPERUSER, TestDatabase.server().password());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT string_agg(t::text, E'\\n' ORDER BY "
            + "t::text) FROM " + table + " t")) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }
}
