package stockassistant.adapters.persistence.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static stockassistant.domain.testdata.FinanceReportBuilder.aReport;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.DatabaseTest;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.finance.FinanceSearch;
import stockassistant.domain.finance.ReportKey;
import stockassistant.domain.stock.ThirdCode;

class FinanceSearchIT extends DatabaseTest {
  private final MyBatisFinanceRepository finance = persistence.finance();

  @Test
  void newestPeriodFirstThenAnnouncementThenCodeWithPagesAndFilters() {
    write(db -> finance.upsertAll(db, List.of(
        aReport().of("600000.SH").forPeriod("2023-12-31").announcedOn("2024-03-30").build(),
        aReport().of("600000.SH").forPeriod("2024-03-31").announcedOn("2024-04-28").build(),
        aReport().of("000001.SZ").forPeriod("2024-03-31").announcedOn("2024-04-20").build(),
        aReport().of("000001.SZ").forPeriod("2024-03-31").announcedOn("2024-04-28").build(),
        aReport().of("830001.BJ").forPeriod("2024-03-31").announcedOn("2024-04-28").build())));

    assertThat(keys(new FinanceSearch(List.of(), null, null, null), null, 0, 10)).containsExactly(
        "2024-03-31 2024-04-28 000001.SZ", "2024-03-31 2024-04-28 600000.SH",
        "2024-03-31 2024-04-28 830001.BJ", "2024-03-31 2024-04-20 000001.SZ",
        "2023-12-31 2024-03-30 600000.SH");
    assertThat(keys(new FinanceSearch(List.of(), null, null, null), new ReportKey(
        ThirdCode.of("600000.SH"), LocalDate.parse("2024-04-28"), LocalDate.parse("2024-03-31")), 7, 2))
        .containsExactly("2024-03-31 2024-04-28 830001.BJ", "2024-03-31 2024-04-20 000001.SZ");
    assertThat(keys(new FinanceSearch(List.of(), null, null, null), null, 3, 10)).hasSize(2);
    assertThat(keys(new FinanceSearch(List.of(ThirdCode.of("600000.SH")), null, null, null), null, 0, 10))
        .containsExactly("2024-03-31 2024-04-28 600000.SH", "2023-12-31 2024-03-30 600000.SH");
    assertThat(keys(new FinanceSearch(List.of(), LocalDate.parse("2024-04-20"), null, null), null, 0, 10))
        .containsExactly("2024-03-31 2024-04-20 000001.SZ");
    assertThat(keys(new FinanceSearch(List.of(ThirdCode.of("600000.SH"), ThirdCode.of("830001.BJ")),
        null, LocalDate.parse("2024-03-31"), LocalDate.parse("2024-03-31")), null, 0, 10))
        .containsExactly("2024-03-31 2024-04-28 600000.SH", "2024-03-31 2024-04-28 830001.BJ");
    assertThat(keys(new FinanceSearch(List.of(), null, null, LocalDate.parse("2024-01-01")), null, 0, 10))
        .containsExactly("2023-12-31 2024-03-30 600000.SH");
  }

  private List<String> keys(FinanceSearch search, ReportKey after, int skip, int limit) {
    List<FinanceReport> reports = read(db -> finance.search(db, search, after, skip, limit));
    return reports.stream().map(r -> r.endDate() + " " + r.annDate() + " " + r.thirdCode()).toList();
  }
}
