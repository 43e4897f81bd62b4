package stockassistant.adapters.web.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static stockassistant.domain.testdata.FinanceReportBuilder.aReport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.web.support.ApiTest;
import stockassistant.domain.finance.FinanceMetric;

/** as_of: the reports as they were known that day; a later revision is never visible. */
class PointInTimeFinanceIT extends ApiTest {

  @BeforeEach
  void revisions() {
    var persistence = TestDatabase.persistence();
    persistence.unitOfWork().bulkWrite("test.store", db -> persistence.finance().upsertAll(db, List.of(
        aReport().of("000001.SZ").announcedOn("2023-10-25").forPeriod("2023-09-30")
            .with(FinanceMetric.EPS, 0.5).build(),
        aReport().of("000001.SZ").announcedOn("2024-03-15").forPeriod("2023-12-31")
            .with(FinanceMetric.EPS, 1.0).build(),
        aReport().of("000001.SZ").announcedOn("2024-03-28").forPeriod("2023-12-31")
            .with(FinanceMetric.EPS, 1.2).build(),
        aReport().of("000001.SZ").announcedOn("2024-04-20").forPeriod("2024-03-31")
            .with(FinanceMetric.EPS, 0.3).build())));
    persistence.close();
  }

  @Test
  void eachPeriodShowsItsLatestRevisionAnnouncedByAsOf() {
    assertThat(reports("2024-03-20")).containsExactly("2023-12-31 2024-03-15 1.0",
        "2023-09-30 2023-10-25 0.5");
    assertThat(reports("20240328")).containsExactly("2023-12-31 2024-03-28 1.2",
        "2023-09-30 2023-10-25 0.5");
    assertThat(reports("2024-04-30")).containsExactly("2024-03-31 2024-04-20 0.3",
        "2023-12-31 2024-03-28 1.2", "2023-09-30 2023-10-25 0.5");
  }

  @Test
  void aRevisionAnnouncedAfterAsOfIsNeverVisible() {
    for (String asOf : List.of("2023-10-24", "2023-10-25", "2024-03-14", "2024-03-27",
        "2024-04-19")) {
      for (String row : reports(asOf)) {
        assertThat(row.split(" ")[1]).as("as_of " + asOf).isLessThanOrEqualTo(asOf);
      }
    }
    assertThat(reports("2023-10-24")).isEmpty();
  }

  @Test
  void withoutAsOfEveryRevisionIsListedAsBefore() {
    JsonNode items = http.get("/api/v1/finance/000001.SZ").json().get("items");

    assertThat(items).hasSize(4);
  }

  @Test
  void aMalformedAsOfIsRefusedNamingIt() {
    http.get("/api/v1/finance/000001.SZ?as_of=2024-13-01").isProblem(400, "as_of");
  }

  private static List<String> reports(String asOf) {
    var rows = new ArrayList<String>();
    for (JsonNode item : http.get("/api/v1/finance/000001.SZ?as_of=" + asOf).json().get("items")) {
      rows.add(item.get("end_date").asText() + " " + item.get("ann_date").asText() + " "
          + item.get("eps").asDouble());
    }
    return rows;
  }
}
