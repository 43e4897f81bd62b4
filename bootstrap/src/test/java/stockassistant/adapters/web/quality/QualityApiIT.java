package stockassistant.adapters.web.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.web.support.ApiTest;
import stockassistant.application.quality.AuditRequest;
import stockassistant.application.quality.DataQuality;

/** The audit over HTTP, on a market whose defects are known exactly. */
class QualityApiIT extends ApiTest {

  @Test
  void reportsEachPlantedDefectAndNothingElse() {
    PlantedMarket.planted().storeIn(server.persistence());

    JsonNode report = http.get("/api/v1/quality?examples=100").json();

    assertThat(findings(report)).containsExactlyInAnyOrderElementsOf(PlantedMarket.PLANTED);
    assertThat(report.get("clean").asBoolean()).isFalse();
    assertThat(report.get("findings").asLong()).isEqualTo(PlantedMarket.PLANTED.size());
    assertThat(report.get("newest_day").asText()).isEqualTo("2024-03-29");
    JsonNode gaps = check(report, "gaps");
    assertThat(gaps.get("rules").get("missing").asLong()).isEqualTo(4);
    assertThat(gaps.get("suspended").get("days").asLong()).isEqualTo(PlantedMarket.SUSPENDED_DAYS);
    assertThat(gaps.get("suspended").get("by_code").get("600005.SH").asLong()).isEqualTo(10);
  }

  @Test
  void aCleanMarketIsCleanWithItsSuspensionsReported() {
    PlantedMarket.clean().storeIn(server.persistence());

    JsonNode report = http.get("/api/v1/quality").json();

    assertThat(findings(report)).isEmpty();
    assertThat(report.get("clean").asBoolean()).isTrue();
    JsonNode gaps = check(report, "gaps");
    assertThat(gaps.get("suspended").get("days").asLong()).isEqualTo(PlantedMarket.SUSPENDED_DAYS);
    assertThat(gaps.get("suspended").get("codes").asLong()).isEqualTo(2);
  }

  @Test
  void fromToAndCodeNarrowTheAudit() {
    PlantedMarket.planted().storeIn(server.persistence());

    JsonNode report = http.get("/api/v1/quality?from=20240111&to=2024-01-31"
        + "&code=600010.SH,600016.SH,600012.SH").json();

    assertThat(findings(report)).containsExactlyInAnyOrder(
        "gaps missing 600010.SH 2024-01-11", "continuity pre_close 600012.SH 2024-01-17",
        "adj_factor decreasing 600016.SH 2024-01-24");
    assertThat(report.get("codes").asInt()).isEqualTo(3);
  }

  /** A slice of one code at a time: examples and counts add up across slices the same way. */
  @Test
  void theSameReportWhateverTheSlices() {
    PlantedMarket.planted().storeIn(server.persistence());
    DataQuality quality = server.quality();

    var whole = quality.audit(new AuditRequest(null, null, List.of(), 100));
    var first = quality.audit(new AuditRequest(null, null, List.of(), 3));

    assertThat(whole.findings()).isEqualTo(PlantedMarket.PLANTED.size());
    assertThat(first.findings()).isEqualTo(whole.findings());
    assertThat(first.checks().get(0).examples()).hasSize(3)
        .isEqualTo(whole.checks().get(0).examples().subList(0, 3));
  }

  @Test
  void badParametersAreRefusedNamingThem() {
    http.get("/api/v1/quality?from=2024-03-01&to=2024-01-01").isProblem(400, "from");
    http.get("/api/v1/quality?code=600000.XX").isProblem(400, "code");
    http.get("/api/v1/quality?examples=5000").isProblem(400, "examples");
    http.get("/api/v1/quality?to=2024-02-30").isProblem(400, "to");
  }

  @Test
  void withoutACalendarGapsAreSkippedNotGuessed() {
    PlantedMarket.clean().storeIn(server.persistence());
    TestDatabase.execute("TRUNCATE trade_calendar");

    JsonNode report = http.get("/api/v1/quality").json();

    assertThat(check(report, "gaps").get("skipped").asText()).contains("no trading calendar");
    assertThat(report.get("calendar_stored").asBoolean()).isFalse();
    assertThat(report.get("clean").asBoolean()).isTrue();
  }

  static List<String> findings(JsonNode report) {
    var all = new ArrayList<String>();
    for (JsonNode check : report.get("checks")) {
      assertThat(check.get("examples").size()).as(check.get("name").asText())
          .isEqualTo(check.get("count").asInt());
      for (JsonNode example : check.get("examples")) {
        all.add(check.get("name").asText() + " " + example.get("rule").asText() + " "
            + example.get("code").asText() + " " + example.get("day").asText());
      }
    }
    return all;
  }

  static JsonNode check(JsonNode report, String name) {
    for (JsonNode check : report.get("checks")) {
      if (check.get("name").asText().equals(name)) {
        return check;
      }
    }
    throw new AssertionError("no check " + name + " in " + report);
  }
}
