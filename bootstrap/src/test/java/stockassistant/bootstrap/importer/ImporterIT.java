package stockassistant.bootstrap.importer;

import stockassistant.domain.transaction.Db;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stockassistant.adapters.persistence.testing.DatabaseTest;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.application.finance.FinanceReports;
import stockassistant.application.ingest.ImportSummary;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.stocks.StockCatalog;
import stockassistant.domain.DatabaseUnavailable;
import stockassistant.domain.quote.BarKey;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.BarQuery;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.QuoteRepository;
import stockassistant.domain.stock.ThirdCode;

/** The importer against the real database through the same facades as the HTTP API. */
class ImporterIT extends DatabaseTest {
  private final ByteArrayOutputStream messages = new ByteArrayOutputStream();

  @TempDir
  Path dir;

  @Test
  void importsCsvBarsDetectingTheKindAndReImportChangesNothing() throws IOException {
    Path csv = write("bars.csv", """
        ts_code,trade_date,open,high,low,close,vol,pe
        000001.SZ,20240102,10,10.8,9.9,10.5,1000,5.2
        000001.SZ,2024-01-03,10.5,11,10.2,10.9,1200,
        600000.SH,20240102,7,7.2,6.9,7.1,900,4.1
        """);

    ImportSummary first = run(false, csv);
    String afterFirst = TestDatabase.dump("stock_daily");
    ImportSummary second = run(false, csv);

    assertThat(first.rowsRead()).isEqualTo(3);
    assertThat(first.rowsUpserted()).isEqualTo(3);
    assertThat(first.complete()).as(messages()).isTrue();
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily WHERE pe IS NULL")).isEqualTo(1);
    assertThat(second.rowsUpserted()).isEqualTo(3);
    assertThat(TestDatabase.dump("stock_daily")).as("re-import changes nothing").isEqualTo(afterFirst);
    assertThat(dir.resolve("bars.rejects.csv")).as("a clean import leaves no rejects file").doesNotExist();
  }

  @Test
  void badRowsAreReportedAndWrittenToTheRejectsFileWhileTheGoodRowsAreStored() throws IOException {
    // batches of 3 rows: every batch but the last holds a bad row, and its good rows still go in
    Path csv = write("bars.csv", """
        ts_code,trade_date,close,vol
        000001.SZ,20240102,10.5,100
        000001.SZ,20240230,10.6,100
        000001.SZ,20240104,10.7,100
        600000.SH,20240102,"7,1",100
        600000.SH,20240103,7.2
        600000.SH,20240104,7.3,100
        600000.SH,20240105,7.4,100
        """);

    ImportSummary summary = run(false, csv);

    assertThat(messages()).contains(csv + ":3: trade_date: is not a real date: '20240230'")
        .contains(csv + ":5: close: must be a number, not '7,1'")
        .contains(csv + ":6: has 3 cells but the header has 4")
        .contains("3 bad row(s) written to " + dir.resolve("bars.rejects.csv"));
    assertThat(summary.rowsRead()).as("every data line counts, bad ones too").isEqualTo(7);
    assertThat(summary.badRows()).isEqualTo(3);
    assertThat(summary.rowsUpserted()).isEqualTo(4);
    assertThat(summary.complete()).isFalse();
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily")).isEqualTo(4);
    assertThat(Files.readString(dir.resolve("bars.rejects.csv"))).as("the input's own format")
        .isEqualTo("""
            ts_code,trade_date,close,vol
            000001.SZ,20240230,10.6,100
            600000.SH,20240102,"7,1",100
            600000.SH,20240103,7.2
            """);
  }

  @Test
  void theFixedRejectsFileImportedAsItIsCompletesTheData() throws IOException {
    Path csv = write("bars.csv", """
        ts_code,trade_date,close,vol
        000001.SZ,20240102,10.5,100
        000001.SZ,2024-01-3,10.6,100
        600000.SH,20240102,NaN,100
        """);
    run(false, csv);
    Path rejects = dir.resolve("bars.rejects.csv");
    assertThat(messages()).contains("close: is 'NaN', which is not a number: leave the cell empty");

    Files.writeString(rejects, Files.readString(rejects).replace("2024-01-3", "2024-01-03")
        .replace("NaN", ""));
    messages.reset();
    ImportSummary fixed = run(false, rejects);

    assertThat(fixed.complete()).as(messages()).isTrue();
    assertThat(fixed.rowsUpserted()).isEqualTo(2);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily")).isEqualTo(3);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily WHERE third_code = '600000.SH' "
        + "AND close IS NULL")).isEqualTo(1);
  }

  @Test
  void badTushareItemsGoToAJsonRejectsFileThatImportsAsItIs() throws IOException {
    Path json = write("daily.json", """
        {"code":0,"msg":"","data":{"fields":["ts_code","trade_date","close","vol"],
         "items":[["000001.SZ","20240102",10.5,100],
                  ["000001.SZ","20240103","10.6",100],
                  ["000001.SZ","20240104",NaN,100]],"has_more":false}}
        """);

    ImportSummary summary = run(false, json);
    Path rejects = dir.resolve("daily.rejects.json");
    Files.writeString(rejects, Files.readString(rejects).replace("\"10.6\"", "10.6")
        .replace("NaN", "null"));
    messages.reset();
    ImportSummary fixed = run(false, rejects);

    assertThat(summary.badRows()).isEqualTo(2);
    assertThat(fixed.complete()).as(messages()).isTrue();
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily")).isEqualTo(3);
  }

  @Test
  void strictLeavesOutAWholeFileWithABadRowAndImportsAGoodOne() throws IOException {
    Path bad = write("bad.csv", """
        ts_code,trade_date,close
        000001.SZ,20240102,10.5
        000001.SZ,20240230,10.6
        000001.SZ,20240104,10.7
        000001.SZ,20240105,10.8
        """);
    Path good = write("good.csv", """
        ts_code,trade_date,close
        600000.SH,20240102,7.1
        600000.SH,20240103,7.2
        600000.SH,20240104,7.3
        600000.SH,20240105,7.4
        """);

    ImportSummary summary = run(true, bad, good);

    assertThat(messages()).contains(bad + ":3: trade_date").contains(bad + ": not imported (--strict)");
    assertThat(summary.filesRefused()).isEqualTo(1);
    assertThat(summary.complete()).isFalse();
    assertThat(summary.rowsRead()).isEqualTo(8);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily WHERE third_code = '000001.SZ'"))
        .as("nothing of the file with a bad row, not even the batches before it").isZero();
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily WHERE third_code = '600000.SH'"))
        .isEqualTo(4);
    assertThat(dir.resolve("bad.rejects.csv")).doesNotExist();
  }

  @Test
  void importsTushareJsonFinanceAndStocksFromADirectory() throws IOException {
    Files.createDirectories(dir.resolve("in"));
    write("in/finance.json", """
        {"code":0,"data":{"fields":["ts_code","ann_date","end_date","eps","roe"],
         "items":[["000001.SZ","20240420","20240331",0.62,null]]}}
        """);
    write("in/stocks.csv", """
        ts_code,symbol,name,industry,list_date
        000001.SZ,000001,平安银行,银行,19910403
        """);

    ImportSummary summary = run(false, dir.resolve("in"));

    assertThat(summary.complete()).as(messages()).isTrue();
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_finance WHERE roe IS NULL AND eps = 0.62")).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_info WHERE name = '平安银行'")).isEqualTo(1);
  }

  @Test
  void anImportCutOffMidwayKeepsWhatWasAcknowledgedAndARerunCompletesIt() throws IOException {
    var csv = new StringBuilder("ts_code,trade_date,close,vol\n");
    for (int day = 1; day <= 28; day++) {
      for (String code : new String[] {"000001.SZ", "600000.SH", "430047.BJ"}) {
        csv.append(code).append(",202402").append(String.format("%02d", day)).append(',')
            .append(10 + day * 0.1).append(",1000\n");
      }
    }
    Path file = write("bars.csv", csv.toString());
    run(false, file);
    String complete = TestDatabase.dump("stock_daily");
    TestDatabase.truncateAll();
    // the database goes away at the 4th batch part (batches of 3 rows, one writer, in order)
    var failing = new FailingQuotes(persistence.quotes(), 4);

    assertThatThrownBy(() -> importer(failing, 1, false).run(ImportPlan.check(List.of(file), null, null)))
        .isInstanceOf(DatabaseUnavailable.class);

    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily"))
        .as("the three acknowledged batches, nothing of the failed one").isEqualTo(9);
    ImportSummary rerun = importer(persistence.quotes(), 2, false)
        .run(ImportPlan.check(List.of(file), null, null));
    assertThat(rerun.complete()).as(messages()).isTrue();
    assertThat(TestDatabase.dump("stock_daily")).isEqualTo(complete);
  }

  @Test
  void twoWritersStoreWhatOneWriterStoresAndTheLastOfTwoEqualKeysWins() throws IOException {
    var csv = new StringBuilder("ts_code,trade_date,close\n");
    for (int row = 0; row < 200; row++) {
      csv.append(row % 2 == 0 ? "000001.SZ" : "600000.SH").append(",2024-03-")
          .append(String.format("%02d", 1 + row % 9)).append(',').append(row).append('\n');
    }
    Path file = write("bars.csv", csv.toString());

    importer(persistence.quotes(), 1, false).run(ImportPlan.check(List.of(file), null, null));
    String oneWriter = TestDatabase.dump("stock_daily");
    TestDatabase.truncateAll();
    importer(persistence.quotes(), 2, false).run(ImportPlan.check(List.of(file), null, null));

    assertThat(TestDatabase.dump("stock_daily")).isEqualTo(oneWriter);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily WHERE third_code = '000001.SZ' "
        + "AND trade_date = '2024-03-01' AND close = 198")).as("the file's last row for the key").isEqualTo(1);
  }

  private Importer importer(QuoteRepository quotes, int writers, boolean strict) {
    var tx = persistence.unitOfWork();
    var progress = new ImportProgress(false, new PrintStream(messages, true, StandardCharsets.UTF_8));
    return new Importer(new MarketData(quotes, tx), new FinanceReports(persistence.finance(), tx),
        new StockCatalog(persistence.stocks(), tx), progress, 3, writers, strict);
  }

  /** The real repository, until the database goes away at the n-th write. */
  private static final class FailingQuotes implements QuoteRepository {
    private final QuoteRepository real;
    private final int failAt;
    private final AtomicInteger writes = new AtomicInteger();

    FailingQuotes(QuoteRepository real, int failAt) {
      this.real = real;
      this.failAt = failAt;
    }

    @Override
    public int upsertAll(Db db, List<DailyBar> bars) {
      if (writes.incrementAndGet() >= failAt) {
        throw new DatabaseUnavailable(DatabaseUnavailable.Cause.CONNECTION_FAILED,
            Duration.ofSeconds(1), "the database went away");
      }
      return real.upsertAll(db, bars);
    }

    @Override
    public BarPage bars(Db db, BarQuery query, BarKey after, int skip, int limit) {
      return real.bars(db, query, after, skip, limit);
    }

    @Override
    public long writeVersion(Db db) {
      return real.writeVersion(db);
    }

    @Override
    public Optional<LocalDate> latestTradeDate(Db db) {
      return real.latestTradeDate(db);
    }

    @Override
    public void refreshStatistics(Db db) {
      real.refreshStatistics(db);
    }

    @Override
    public Optional<Double> latestAdjFactor(Db db, ThirdCode code, LocalDate from, LocalDate to) {
      return real.latestAdjFactor(db, code, from, to);
    }

    @Override
    public List<LocalDate> tradeDays(Db db, LocalDate from, LocalDate to, int limit) {
      return real.tradeDays(db, from, to, limit);
    }

    @Override
    public Optional<LocalDate> tradeDayBefore(Db db, LocalDate day) {
      return real.tradeDayBefore(db, day);
    }

    @Override
    public Optional<LocalDate> earliestTradeDate(Db db) {
      return real.earliestTradeDate(db);
    }
  }

  private ImportSummary run(boolean strict, Path... paths) throws IOException {
    var tx = persistence.unitOfWork();
    var progress = new ImportProgress(false, new PrintStream(messages, true, StandardCharsets.UTF_8));
    var importer = new Importer(new MarketData(persistence.quotes(), tx),
        new FinanceReports(persistence.finance(), tx), new StockCatalog(persistence.stocks(), tx),
        progress, 3, Importer.DEFAULT_WRITERS, strict);
    return importer.run(ImportPlan.check(List.of(paths), null, null));
  }

  private String messages() {
    return messages.toString(StandardCharsets.UTF_8);
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
