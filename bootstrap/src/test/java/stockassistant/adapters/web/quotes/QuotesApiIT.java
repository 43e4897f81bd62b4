package stockassistant.adapters.web.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.web.support.ApiTest;
import stockassistant.adapters.persistence.testing.TestDatabase;

class QuotesApiIT extends ApiTest {
  @Test
  void upsertsAJsonArrayWithTheLastDuplicateWinning() {
    var response = http.postJson("/api/v1/quotes/daily", """
        [{"third_code":"000001.SZ","trade_date":"2024-01-02","close":10.5,"vol":100},
         {"third_code":"000001.SZ","trade_date":"20240103","close":10.9,"pe":null},
         {"third_code":"000001.SZ","trade_date":"2024-01-02","close":11.0,"unknown_field":"ignored"}]
        """);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get("received").asInt()).isEqualTo(3);
    assertThat(response.json().get("upserted").asInt()).isEqualTo(2);
    JsonNode items = http.get("/api/v1/quotes/daily/000001.SZ?start=2024-01-01&end=2024-12-31")
        .json().get("items");
    assertThat(items).hasSize(2);
    assertThat(items.get(0).get("trade_date").asText()).isEqualTo("2024-01-02");
    assertThat(items.get(0).get("close").asDouble()).isEqualTo(11.0);
    assertThat(items.get(0).get("open").isNull()).as("missing is null, never 0").isTrue();
    assertThat(items.get(0).has("pe")).as("price bars carry no valuation columns").isFalse();
    assertThat(items.get(1).get("adj_factor").isNull()).isTrue();
  }

  @Test
  void upsertsTushareFieldsAndItems() {
    var response = http.postJson("/api/v1/quotes/daily", """
        {"fields":["ts_code","trade_date","open","high","low","close","vol","pe"],
         "items":[["600000.SH","20240102",7.0,7.2,6.9,7.1,900,4.1],
                  ["600000.SH","20240103",7.1,7.3,7.0,7.2,800,null]]}
        """);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get("upserted").asInt()).isEqualTo(2);
    JsonNode latest = http.get("/api/v1/quotes/daily/600000.SH/latest").json();
    assertThat(latest.get("trade_date").asText()).isEqualTo("2024-01-03");
    assertThat(latest.get("pe").isNull()).isTrue();
    assertThat(latest.has("circ_mv")).as("latest carries every column").isTrue();
  }

  @Test
  void upsertsCsvWithEmptyCellsAsNull() {
    var response = http.send("POST", "/api/v1/quotes/daily",
        "ts_code,trade_date,close,pe\n430047.BJ,20240102,12.5,\n430047.BJ,2024-01-03,12.7,30.1\n",
        "text/csv");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily WHERE pe IS NULL")).isEqualTo(1);
  }

  @Test
  void oneInvalidBarRejectsTheWholeBatchNamingItsIndexAndField() {
    for (String badItem : new String[] {
        "{\"third_code\":\"000001.SZ\",\"trade_date\":\"2024-01-03\",\"close\":\"10.5\"}",
        "{\"third_code\":\"000001.SZ\",\"trade_date\":\"2024-01-03\",\"close\":true}",
        "{\"third_code\":\"000001.SZ\",\"trade_date\":\"2024-01-03\",\"vol\":-1}",
        "{\"third_code\":\"000001.SZ\",\"trade_date\":\"2024-01-03\",\"high\":9,\"low\":10}",
        "{\"third_code\":\"000001.sz\",\"trade_date\":\"2024-01-03\"}",
        "{\"third_code\":\"000001.SZ\",\"trade_date\":\"2024-02-30\"}",
        "{\"third_code\":\"000001.SZ\",\"trade_date\":\"2024/01/03\"}",
        "{\"third_code\":\"000001.SZ\",\"trade_date\":\"2024-01-03\",\"source\":\"" + "x".repeat(21) + "\"}",
        "{\"third_code\":\"000001.SZ\"}"}) {
      String body = "[{\"third_code\":\"000001.SZ\",\"trade_date\":\"2024-01-02\",\"close\":1}," + badItem + "]";
      String field = badItem.contains("\"close\":") ? "items[1].close"
          : badItem.contains("vol") ? "items[1].vol" : badItem.contains("high") ? "items[1].high"
          : badItem.contains(".sz") ? "items[1].third_code" : badItem.contains("source") ? "items[1].source"
          : "items[1].trade_date";

      http.postJson("/api/v1/quotes/daily", body).isProblem(400, field);
    }
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily")).as("nothing stored").isZero();
  }

  @Test
  void nanAndInfinityAreRejectedSayingToSendNullAndHow() {
    for (String value : new String[] {"NaN", "Infinity", "-Infinity"}) {
      var response = http.postJson("/api/v1/quotes/daily",
          "[{\"third_code\":\"000001.SZ\",\"trade_date\":\"2024-01-02\",\"close\":" + value + "}]")
          .isProblem(400, "items[0].close");
      assertThat(response.json().get("detail").asText()).contains("send null")
          .contains("df.to_json(orient=\"records\")");
    }
    http.postJson("/api/v1/quotes/daily", "{\"fields\":[\"ts_code\",\"trade_date\",\"pe\"],"
        + "\"items\":[[\"000001.SZ\",\"20240102\",NaN]]}").isProblem(400, "items[0].pe");
    http.send("POST", "/api/v1/quotes/daily", "third_code,trade_date,close\n000001.SZ,20240102,Infinity\n", "text/csv")
        .isProblem(400, "items[0].close");
    http.putJson("/api/v1/stocks/000001.SZ", "{\"symbol\":\"000001\",\"name\":\"x\",\"extra\":NaN}")
        .isProblem(400, "extra: is NaN or Infinity");
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily")).isZero();
  }

  @Test
  void aJsonArrayMayNameTheCodeTsCodeAsPandasRecordsOfTushareDataDo() {
    var response = http.postJson("/api/v1/quotes/daily", """
        [{"ts_code":"000001.SZ","trade_date":"20240102","close":9.21},
         {"ts_code":"600000.SH","third_code":"600000.SH","trade_date":"20240102","close":7.1}]""");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily WHERE third_code = '000001.SZ' "
        + "AND close = 9.21")).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily")).isEqualTo(2);
  }

  @Test
  void tsCodeAndThirdCodeThatDifferAreRejectedNamingTsCode() {
    http.postJson("/api/v1/quotes/daily", """
        [{"ts_code":"000001.SZ","third_code":"600000.SH","trade_date":"20240102","close":9.21}]""")
        .isProblem(400, "items[0].ts_code");
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily")).isZero();
  }

  @Test
  void aCsvRowWithTheWrongNumberOfCellsIsRejected() {
    http.send("POST", "/api/v1/quotes/daily",
        "third_code,trade_date,close\n000001.SZ,20240102,1\n000001.SZ,20240103\n", "text/csv")
        .isProblem(400, "line 3");
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily")).isZero();
  }

  @Test
  void rangeChecksItsParameters() {
    http.get("/api/v1/quotes/daily/000001.SZ?start=2024-02-01&end=2024-01-01").isProblem(400, "start");
    http.get("/api/v1/quotes/daily/000001.SZ?start=2024-13-01").isProblem(400, "start");
    http.get("/api/v1/quotes/daily/1.SZ").isProblem(400, "third_code");
    assertThat(http.get("/api/v1/quotes/daily/000001.SZ?start=20240101&end=20241231").body())
        .isEqualTo("{\"items\":[]}");
  }

  @Test
  void valuationReturnsEveryIndicatorAscending() {
    http.postJson("/api/v1/quotes/daily", """
        [{"third_code":"000001.SZ","trade_date":"2024-01-03","pe":5.5,"total_mv":3.1e7},
         {"third_code":"000001.SZ","trade_date":"2024-01-02","pe":5.0}]""");

    JsonNode items = http.get("/api/v1/quotes/valuation/000001.SZ?start=2024-01-01&end=2024-01-31").json().get("items");
    assertThat(items).hasSize(2);
    assertThat(items.get(0).get("pe").asDouble()).isEqualTo(5.0);
    assertThat(items.get(1).get("total_mv").asDouble()).isEqualTo(3.1e7);
    assertThat(items.get(0).has("turnover_rate_f")).isTrue();
  }

  @Test
  void latestIs404WhenTheCodeHasNoBars() {
    http.get("/api/v1/quotes/daily/000001.SZ/latest").isProblem(404, "000001.SZ");
  }

  @Test
  void latestTradeDateIsNullThenTheMaximum() {
    assertThat(http.get("/api/v1/quotes/latest-trade-date").body()).isEqualTo("{\"latest_trade_date\":null}");
    http.postJson("/api/v1/quotes/daily", "[{\"third_code\":\"000001.SZ\",\"trade_date\":\"2024-03-01\"},"
        + "{\"third_code\":\"600000.SH\",\"trade_date\":\"2024-02-01\"}]");
    assertThat(http.get("/api/v1/quotes/latest-trade-date").json().get("latest_trade_date").asText())
        .isEqualTo("2024-03-01");
  }

  @Test
  void latestTradeDateOfOneCodeIsNullWithoutItsBarsNeverA404() {
    http.postJson("/api/v1/quotes/daily", "[{\"third_code\":\"000001.SZ\",\"trade_date\":\"2024-03-01\"},"
        + "{\"third_code\":\"600000.SH\",\"trade_date\":\"2024-02-01\"}]");

    assertThat(http.get("/api/v1/quotes/daily/600000.SH/latest-trade-date").json()
        .get("latest_trade_date").asText()).isEqualTo("2024-02-01");
    var none = http.get("/api/v1/quotes/daily/000002.SZ/latest-trade-date");
    assertThat(none.status()).isEqualTo(200);
    assertThat(none.body()).isEqualTo("{\"latest_trade_date\":null}");
    http.get("/api/v1/quotes/daily/600000/latest-trade-date").isProblem(400, "third_code");
  }

  @Test
  void crossSectionIsOrderedWithNamesAndCsvOnRequest() {
    http.putJson("/api/v1/stocks/600000.SH", "{\"symbol\":\"600000\",\"name\":\"浦发银行\"}");
    http.postJson("/api/v1/quotes/daily", """
        [{"third_code":"600000.SH","trade_date":"2024-01-02","close":7.1},
         {"third_code":"000001.SZ","trade_date":"2024-01-02","close":10.5}]""");

    JsonNode items = http.get("/api/v1/quotes/daily?trade_date=20240102").json().get("items");
    assertThat(items.get(0).get("third_code").asText()).isEqualTo("000001.SZ");
    assertThat(items.get(0).get("stock_name").isNull()).isTrue();
    assertThat(items.get(1).get("stock_name").asText()).isEqualTo("浦发银行");

    var csv = http.get("/api/v1/quotes/daily?trade_date=2024-01-02", "Accept", "text/csv");
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    String[] lines = csv.body().split("\n");
    assertThat(lines[0]).startsWith("third_code,trade_date,open,").endsWith(",source,stock_name");
    assertThat(lines).hasSize(3);
    http.get("/api/v1/quotes/daily").isProblem(400, "trade_date");
    http.get("/api/v1/quotes/daily?trade_date=2024-02-30").isProblem(400, "trade_date");
  }

  @Test
  void aLargeRangeStreamsEveryRow() {
    var body = new StringBuilder("third_code,trade_date,close\n");
    java.time.LocalDate day = java.time.LocalDate.of(2000, 1, 1);
    for (int i = 0; i < 5_000; i++) {
      body.append("000001.SZ,").append(day.plusDays(i)).append(",").append(10 + i % 7).append('\n');
    }
    assertThat(http.send("POST", "/api/v1/quotes/daily", body.toString(), "text/csv").status()).isEqualTo(200);

    JsonNode items = http.get("/api/v1/quotes/daily/000001.SZ").json().get("items");
    assertThat(items).hasSize(5_000);
    assertThat(items.get(4_999).get("trade_date").asText()).isEqualTo(day.plusDays(4_999).toString());
  }
}
