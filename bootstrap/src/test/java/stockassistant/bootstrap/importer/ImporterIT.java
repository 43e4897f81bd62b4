package stockassistant.bootstrap.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stockassistant.adapters.persistence.testing.DatabaseTest;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.application.finance.FinanceReports;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.stocks.StockCatalog;

/** The importer against the real database through the same facades as the HTTP API. */
class ImporterIT extends DatabaseTest {
  private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
  private Importer importer;

  @TempDir
  Path dir;

  @BeforeEach
  void wireImporter() {
    var tx = persistence.transactions();
    importer = new Importer(new MarketData(persistence.quotes(), tx),
        new FinanceReports(persistence.finance(), tx), new StockCatalog(persistence.stocks(), tx),
        new PrintStream(errors, true, StandardCharsets.UTF_8),
        new ImportProgress(false, new PrintStream(new ByteArrayOutputStream())), 3);
  }

  @Test
  void importsCsvBarsDetectingTheKindAndReImportChangesNothing() throws IOException {
    Path csv = write("bars.csv", """
        ts_code,trade_date,open,high,low,close,vol,pe
        000001.SZ,20240102,10,10.8,9.9,10.5,1000,5.2
        000001.SZ,2024-01-03,10.5,11,10.2,10.9,1200,
        600000.SH,20240102,7,7.2,6.9,7.1,900,4.1
        """);

    ImportSummary first = importer.run(List.of(csv), null);
    String afterFirst = TestDatabase.dump("stock_daily");
    ImportSummary second = importer.run(List.of(csv), null);

    assertThat(first.rowsWritten()).isEqualTo(3);
    assertThat(first.badRows()).isZero();
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily WHERE pe IS NULL")).isEqualTo(1);
    assertThat(second.rowsWritten()).isEqualTo(3);
    assertThat(TestDatabase.dump("stock_daily")).as("re-import changes nothing").isEqualTo(afterFirst);
  }

  @Test
  void aBadRowIsReportedWithItsLineAndItsBatchIsNotWritten() throws IOException {
    // batches of 3 rows: lines 2-4 hold the bad row, lines 5-6 are a good batch
    Path csv = write("bars.csv", """
        ts_code,trade_date,close,vol
        000001.SZ,20240102,10.5,100
        000001.SZ,20240230,10.6,100
        000001.SZ,20240104,10.7,100
        600000.SH,20240102,7.1,100
        600000.SH,20240103,7.2,100
        """);

    ImportSummary summary = importer.run(List.of(csv), null);

    assertThat(errors.toString(StandardCharsets.UTF_8)).contains("bars.csv:3: trade_date");
    assertThat(summary.badRows()).isEqualTo(1);
    assertThat(summary.batchesSkipped()).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily WHERE third_code = '000001.SZ'"))
        .as("nothing of the bad row's batch").isZero();
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily WHERE third_code = '600000.SH'"))
        .isEqualTo(2);
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

    ImportSummary summary = importer.run(List.of(dir.resolve("in")), null);

    assertThat(summary.badRows()).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_finance WHERE roe IS NULL AND eps = 0.62")).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_info WHERE name = '平安银行'")).isEqualTo(1);
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
