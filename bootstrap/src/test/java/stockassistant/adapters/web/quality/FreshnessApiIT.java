package stockassistant.adapters.web.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.web.support.ApiTest;

/** Each dataset's newest stored day against the newest open day of the calendar up to today. */
class FreshnessApiIT extends ApiTest {

  @Test
  void eachDatasetIsMeasuredInOpenDaysOfTheStoredCalendar() {
    PlantedMarket.clean().storeIn(server.persistence());
    // daily_basic and adj_factor lag the bars: the newest two days have neither
    TestDatabase.execute("UPDATE stock_daily SET adj_factor = NULL, total_mv = NULL,"
        + " turnover_rate = NULL WHERE trade_date >= '2024-03-28'");

    JsonNode freshness = http.get("/api/v1/quality/freshness").json();

    assertThat(freshness.get("calendar").asText()).isEqualTo("SSE");
    JsonNode datasets = freshness.get("datasets");
    assertThat(datasets.at("/bars/newest_stored").asText()).isEqualTo("2024-03-29");
    assertThat(datasets.at("/bars/newest_open_day").asText()).isEqualTo("2024-03-29");
    assertThat(datasets.at("/bars/age_days").asInt()).isZero();
    assertThat(datasets.at("/daily_basic/newest_stored").asText()).isEqualTo("2024-03-27");
    assertThat(datasets.at("/daily_basic/age_days").asInt()).isEqualTo(2);
    assertThat(datasets.at("/adj_factor/age_days").asInt()).isEqualTo(2);
    assertThat(datasets.at("/finance/newest_stored").asText()).isEqualTo("2024-03-28");
    assertThat(datasets.at("/finance/age_days").asInt()).isEqualTo(1);
  }

  @Test
  void nothingStoredHasNoAge() {
    JsonNode datasets = http.get("/api/v1/quality/freshness").json().get("datasets");

    assertThat(datasets.at("/bars/newest_stored").isNull()).isTrue();
    assertThat(datasets.at("/bars/age_days").isNull()).isTrue();
  }

  @Test
  void theAuditReportCarriesTheFreshnessToo() {
    PlantedMarket.clean().storeIn(server.persistence());

    JsonNode report = http.get("/api/v1/quality?code=600000.SH").json();

    assertThat(report.at("/freshness/datasets/bars/age_days").asInt()).isZero();
  }
}
