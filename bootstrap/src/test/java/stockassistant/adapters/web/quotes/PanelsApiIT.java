package stockassistant.adapters.web.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.web.support.ApiTest;

/**
 * Panels (issue 22): several or all codes from start to end, ordered by third_code then
 * trade_date, through the same pager as the one-code read; 2,400 bars so pages break inside a
 * code.
 */
class PanelsApiIT extends ApiTest {
  private static final List<String> CODES = List.of("000001.SZ", "430047.BJ", "600000.SH");
  private static final int DAYS = 800;

  @BeforeEach
  void storeThreeCodes() {
    var json = new StringBuilder("[");
    LocalDate first = LocalDate.parse("2021-01-04");
    for (int c = 0; c < CODES.size(); c++) {
      for (int d = 0; d < DAYS; d++) {
        double close = 10 + c + (d % 37) * 0.13;
        // the factor steps up now and then and is missing on some days (filled by the adjuster)
        String factor = d % 50 == 7 ? "null" : String.valueOf(1.0 + (d / 200) * 0.25);
        String pe = d % 9 == 0 ? "null" : String.format(Locale.ROOT, "%.2f", 5 + d * 0.01);
        json.append(json.length() > 1 ? "," : "").append(String.format(Locale.ROOT,
            "{\"third_code\":\"%s\",\"trade_date\":\"%s\",\"open\":%.2f,\"high\":%.2f,"
                + "\"low\":%.2f,\"close\":%.2f,\"pre_close\":%.2f,\"vol\":%d,\"adj_factor\":%s,"
                + "\"pe\":%s}",
            CODES.get(c), first.plusDays(d), close - 0.1, close + 0.2, close - 0.3, close,
            close - 0.05, 1000 + d, factor, pe));
      }
    }
    var stored = http.postJson("/api/v1/quotes/daily", json.append(']').toString());
    assertThat(stored.status()).as(stored.body()).isEqualTo(200);
  }

  @Test
  void aPanelOfAllCodesIsTheOneCodeReadsConcatenated() {
    for (String adj : List.of("", "&adj=qfq", "&adj=hfq")) {
      String range = "start=2021-03-01&end=2023-01-31" + adj;
      JsonNode panel = http.get("/api/v1/quotes/daily?codes=all&" + range).json().get("items");
      var expected = new ArrayList<JsonNode>();
      for (String code : CODES) {
        http.get("/api/v1/quotes/daily/" + code + "?" + range).json().get("items")
            .forEach(expected::add);
      }
      assertThat(expected).as("rows across pages").hasSizeGreaterThan(2_000);
      assertThat(panel).as(adj).containsExactlyElementsOf(expected);

      JsonNode some = http.get("/api/v1/quotes/daily?codes=600000.SH,000001.SZ,600000.SH&"
          + range).json().get("items");
      assertThat(some).as("ordered by code, repeats ignored").containsExactlyElementsOf(
          expected.stream().filter(row -> !row.get("third_code").asText().equals("430047.BJ"))
              .toList());
    }
  }

  @Test
  void aValuationPanelCarriesEveryColumn() {
    JsonNode panel = http.get("/api/v1/quotes/valuation?codes=430047.BJ,000001.SZ&start=2022-01-01")
        .json().get("items");
    var expected = new ArrayList<JsonNode>();
    for (String code : List.of("000001.SZ", "430047.BJ")) {
      http.get("/api/v1/quotes/valuation/" + code + "?start=2022-01-01").json().get("items")
          .forEach(expected::add);
    }
    assertThat(panel).isNotEmpty().containsExactlyElementsOf(expected);
    assertThat(panel.get(0).has("pe")).isTrue();
  }

  @Test
  void aCsvPanelHasAHeaderAndARowPerBar() {
    var csv = http.get("/api/v1/quotes/daily?codes=all&start=2021-01-04&end=2021-01-08",
        "Accept", "text/csv");

    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    String[] lines = csv.body().split("\n");
    assertThat(lines[0]).startsWith("third_code,trade_date,open");
    assertThat(lines).hasSize(1 + 3 * 5);
    assertThat(lines[1]).startsWith("000001.SZ,2021-01-04,");
    assertThat(lines[15]).startsWith("600000.SH,2021-01-08,");
  }

  @Test
  void arrowAnswersAreTheJsonAnswersValueByValue() {
    for (String path : List.of(
        "/api/v1/quotes/daily/000001.SZ?start=2021-02-01&end=2022-01-31",
        "/api/v1/quotes/daily/600000.SH?adj=qfq",
        "/api/v1/quotes/valuation/430047.BJ",
        "/api/v1/quotes/weekly/000001.SZ?start=2021-01-04&end=2021-12-31",
        "/api/v1/quotes/monthly/600000.SH?adj=qfq",
        "/api/v1/quotes/daily?codes=all&start=2021-03-01&end=2023-01-31&adj=hfq",
        "/api/v1/quotes/valuation?codes=all",
        "/api/v1/quotes/daily?trade_date=2021-06-01",
        "/api/v1/quotes/daily/000001.SZ?start=2030-01-01")) {
      HttpResponse<byte[]> arrow = http.bytes(path, "Accept", "application/vnd.apache.arrow.stream");
      assertThat(arrow.statusCode()).as(path).isEqualTo(200);
      assertThat(arrow.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/vnd.apache.arrow.stream");
      JsonNode json = http.get(path).json().get("items");

      int rows = ArrowAnswers.assertSameAsJson(arrow.body(), json, path,
          !path.contains("/weekly/") && !path.contains("/monthly/"));
      assertThat(rows).as(path).isEqualTo(json.size());
    }
  }

  @Test
  void theETagChangesWhenAndOnlyWhenTheBarsChangeAnd304HasNoBody() {
    String path = "/api/v1/quotes/daily/000001.SZ?start=2021-01-04&end=2021-12-31";
    var first = http.get(path);
    String etag = first.header("ETag");
    assertThat(etag).startsWith("\"").endsWith("\"");
    assertThat(first.header("Cache-Control")).isEqualTo("no-cache");

    var again = http.get(path, "If-None-Match", etag);
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.header("ETag")).isEqualTo(etag);
    assertThat(http.get(path).header("ETag")).as("no write, same version").isEqualTo(etag);
    assertThat(http.get(path, "Accept", "text/csv").header("ETag")).as("another representation")
        .isNotEqualTo(etag);
    assertThat(http.get(path.replace("000001.SZ", "600000.SH")).header("ETag"))
        .as("another answer").isNotEqualTo(etag);
    String empty = "/api/v1/quotes/daily/000001.SZ?start=2019-01-01&end=2019-12-31";
    String emptyTag = http.get(empty).header("ETag");
    assertThat(http.get(empty, "If-None-Match", emptyTag).status()).as("an answer without rows")
        .isEqualTo(304);

    http.postJson("/api/v1/quotes/daily", "[{\"third_code\":\"000001.SZ\",\"trade_date\":"
        + "\"2021-02-01\",\"close\":-1,\"vol\":-5}]").isProblem(400, "vol");
    assertThat(http.get(path, "If-None-Match", etag).status()).as("a refused write changes nothing")
        .isEqualTo(304);

    http.postJson("/api/v1/quotes/daily", "[{\"third_code\":\"000001.SZ\",\"trade_date\":"
        + "\"2021-02-01\",\"close\":99.5}]");
    var changed = http.get(path, "If-None-Match", etag);
    assertThat(changed.status()).as("a bar of the answer changed").isEqualTo(200);
    assertThat(changed.body()).contains("99.5");
    String newer = changed.header("ETag");
    assertThat(newer).isNotEqualTo(etag);
    assertThat(http.get(empty, "If-None-Match", emptyTag).status())
        .as("an answer without rows is labelled with the version too").isEqualTo(200);

    http.postJson("/api/v1/quotes/daily", "[{\"third_code\":\"600000.SH\",\"trade_date\":"
        + "\"2030-01-02\",\"close\":1}]");
    assertThat(http.get(path, "If-None-Match", newer).status())
        .as("any write of stock_daily changes the version, also one outside the answer")
        .isEqualTo(200);
    String latest = http.get("/api/v1/quotes/daily/600000.SH/latest").header("ETag");
    assertThat(http.get("/api/v1/quotes/daily/600000.SH/latest", "If-None-Match", latest).status())
        .isEqualTo(304);
  }

  @Test
  void everyBarReadAnswers304WithoutABodyAndAStaleTagGetsTheWholeAnswer() {
    for (String path : List.of(
        "/api/v1/quotes/daily/000001.SZ?start=2021-01-04&end=2021-12-31",
        "/api/v1/quotes/daily/000001.SZ?start=2021-01-04&end=2021-12-31&adj=qfq",
        "/api/v1/quotes/valuation/000001.SZ",
        "/api/v1/quotes/daily?codes=all&start=2021-01-04&end=2021-03-31",
        "/api/v1/quotes/valuation?codes=000001.SZ,600000.SH",
        "/api/v1/quotes/daily?trade_date=2021-06-01",
        "/api/v1/quotes/daily/600000.SH/latest",
        "/api/v1/quotes/weekly/000001.SZ?start=2021-01-04&end=2021-12-31",
        "/api/v1/quotes/monthly/000001.SZ?adj=hfq")) {
      for (String accept : List.of("application/json", "text/csv")) {
        var full = http.get(path, "Accept", accept);
        assertThat(full.status()).as(path).isEqualTo(200);
        String etag = full.header("ETag");
        assertThat(etag).as(path).isNotNull();

        var revalidated = http.get(path, "Accept", accept, "If-None-Match", etag);
        assertThat(revalidated.status()).as(path + " " + accept).isEqualTo(304);
        assertThat(revalidated.body()).as(path).isEmpty();
        assertThat(revalidated.header("ETag")).as(path).isEqualTo(etag);

        var stale = http.get(path, "Accept", accept, "If-None-Match", "\"0-0000000000000000\"");
        assertThat(stale.status()).as(path).isEqualTo(200);
        assertThat(stale.body()).as(path).isEqualTo(full.body());
        assertThat(stale.header("ETag")).as(path).isEqualTo(etag);
      }
    }
    HttpResponse<byte[]> arrow = http.bytes("/api/v1/quotes/daily?codes=all&start=2021-01-04"
        + "&end=2021-03-31", "Accept", "application/vnd.apache.arrow.stream");
    HttpResponse<byte[]> arrow304 = http.bytes("/api/v1/quotes/daily?codes=all&start=2021-01-04"
        + "&end=2021-03-31", "Accept", "application/vnd.apache.arrow.stream", "If-None-Match",
        arrow.headers().firstValue("ETag").orElseThrow());
    assertThat(arrow304.statusCode()).isEqualTo(304);
    assertThat(arrow304.body()).isEmpty();
  }

  @Test
  void gzipWhenAskedRoundTrips() throws Exception {
    for (String accept : List.of("application/json", "text/csv")) {
      String path = "/api/v1/quotes/daily?codes=all&start=2021-01-04&end=2022-12-31";
      String plain = http.get(path, "Accept", accept).body();
      HttpResponse<byte[]> zipped = http.bytes(path, "Accept", accept, "Accept-Encoding", "gzip");

      assertThat(zipped.headers().firstValue("Content-Encoding")).as(accept).contains("gzip");
      assertThat(zipped.body().length).isLessThan(plain.length() / 3);
      try (var in = new java.util.zip.GZIPInputStream(
          new java.io.ByteArrayInputStream(zipped.body()))) {
        assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
            .as(accept).isEqualTo(plain);
      }
    }
  }

  @Test
  void badCodesAreA400NamingCodes() {
    var tooMany = new StringBuilder();
    for (int i = 0; i < 1_001; i++) {
      tooMany.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%06d.SZ", i));
    }
    for (String codes : List.of("000001.sz", "000001.SZ,,600000.SH", "x", "", tooMany.toString())) {
      http.get("/api/v1/quotes/daily?codes=" + codes + "&start=2021-01-04").isProblem(400, "codes");
      http.get("/api/v1/quotes/valuation?codes=" + codes).isProblem(400, "codes");
    }
    http.get("/api/v1/quotes/valuation").isProblem(400, "codes");
  }
}
