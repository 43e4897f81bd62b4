package stockassistant.adapters.persistence.finance;

import stockassistant.adapters.persistence.session.OpenWork;
import stockassistant.domain.transaction.Db;
import static org.assertj.core.api.Assertions.assertThat;
import static stockassistant.domain.testdata.FinanceReportBuilder.aReport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.DatabaseTest;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.domain.finance.FinanceMetric;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.stock.ThirdCode;

class MyBatisFinanceRepositoryIT extends DatabaseTest {
  private final MyBatisFinanceRepository finance = persistence.finance();


  /** The seed's 1,000-row multi-VALUES batch would bind 91,000 parameters here and fail. */
  @Test
  void upsertsFiveThousandReportsInOneCall() {
    List<FinanceReport> reports = fiveThousandReports();

    assertThat(write((Db db) -> finance.upsertAll(db, reports))).isEqualTo(5_000);

    assertThat(TestDatabase.count("SELECT count(*) FROM stock_finance")).isEqualTo(5_000);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_finance WHERE eps IS NULL")).isZero();
  }

  @Test
  void theRowPathSplitsUnderTheBindLimitAndMatchesCopy() {
    List<FinanceReport> reports = fiveThousandReports();
    write(db -> finance.upsertAll(db, reports));
    String viaCopy = TestDatabase.dump("stock_finance");
    TestDatabase.truncateAll();

    // the row path, whatever the size: what the COPY path is checked against
    var byRows = FinanceRows.writer(Integer.MAX_VALUE);
    assertThat(write((Db db) -> byRows.upsert(OpenWork.of(db).connection(), reports)))
        .isEqualTo(5_000);
    assertThat(TestDatabase.dump("stock_finance")).isEqualTo(viaCopy);
  }

  @Test
  void lastDuplicateWinsAndReUpsertUpdatesInPlace() {
    write(db -> finance.upsertAll(db, List.of(
        aReport().of("000001.SZ").announcedOn("2024-04-20").forPeriod("2024-03-31").with(FinanceMetric.ROE, 1.0).build(),
        aReport().of("000001.SZ").announcedOn("2024-04-20").forPeriod("2024-03-31").with(FinanceMetric.ROE, 2.0).build())));
    write(db -> finance.upsertAll(db, List.of(
        aReport().of("000001.SZ").announcedOn("2024-04-20").forPeriod("2024-03-31").with(FinanceMetric.ROE, 3.0)
            .with(FinanceMetric.EPS, null).build())));

    List<FinanceReport> stored = read(db -> finance.recent(db, ThirdCode.of("000001.SZ"), 10));
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).get(FinanceMetric.ROE)).isEqualTo(3.0);
    assertThat(stored.get(0).get(FinanceMetric.EPS)).as("NULL stays NULL").isNull();
  }

  @Test
  void recentIsNewestPeriodFirstUpToTheLimit() {
    write(db -> finance.upsertAll(db, List.of(
        aReport().of("000001.SZ").announcedOn("2023-08-20").forPeriod("2023-06-30").build(),
        aReport().of("000001.SZ").announcedOn("2024-04-20").forPeriod("2024-03-31").build(),
        aReport().of("000001.SZ").announcedOn("2023-10-20").forPeriod("2023-09-30").build(),
        aReport().of("600000.SH").announcedOn("2024-08-20").forPeriod("2024-06-30").build())));

    assertThat(read((Db db) -> finance.recent(db, ThirdCode.of("000001.SZ"), 2))).extracting(FinanceReport::endDate)
        .containsExactly(LocalDate.parse("2024-03-31"), LocalDate.parse("2023-09-30"));
    assertThat(read((Db db) -> finance.recent(db, ThirdCode.of("430047.BJ"), 8))).isEmpty();
  }

  private static List<FinanceReport> fiveThousandReports() {
    var reports = new ArrayList<FinanceReport>();
    for (int stock = 0; stock < 500; stock++) {
      for (int quarter = 0; quarter < 10; quarter++) {
        LocalDate end = LocalDate.of(2022, 3, 31).plusMonths(3L * quarter);
        end = end.withDayOfMonth(end.lengthOfMonth());
        reports.add(aReport().of(String.format("%06d.SZ", stock)).announcedOn(end.plusDays(25).toString())
            .forPeriod(end).withEveryIndicator(stock + quarter / 10.0).build());
      }
    }
    return reports;
  }
}
