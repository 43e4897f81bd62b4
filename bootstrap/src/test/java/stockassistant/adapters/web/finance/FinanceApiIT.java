package stockassistant.adapters.web.finance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.web.support.ApiTest;
import stockassistant.adapters.persistence.testing.TestDatabase;

class FinanceApiIT extends ApiTest {
  @Test
  void upsertsTushareAndJsonAndReturnsNewestFirst() {
    var tushare = http.postJson("/api/v1/finance", """
        {"fields":["ts_code","ann_date","end_date","eps","roe","interst_income"],
         "items":[["000001.SZ","20230820","20230630",0.5,5.1,null],
                  ["000001.SZ","20240420","20240331",0.6,6.1,12.5]]}""");
    var json = http.postJson("/api/v1/finance", """
        [{"third_code":"000001.SZ","ann_date":"2023-10-20","end_date":"2023-09-30","eps":0.55},
         {"third_code":"000001.SZ","ann_date":"2023-10-20","end_date":"2023-09-30","eps":0.56}]""");

    assertThat(tushare.json().get("upserted").asInt()).isEqualTo(2);
    assertThat(json.json().get("received").asInt()).isEqualTo(2);
    assertThat(json.json().get("upserted").asInt()).isEqualTo(1);
    JsonNode items = http.get("/api/v1/finance/000001.SZ?limit=2").json().get("items");
    assertThat(items).hasSize(2);
    assertThat(items.get(0).get("end_date").asText()).isEqualTo("2024-03-31");
    assertThat(items.get(0).get("interst_income").asDouble()).isEqualTo(12.5);
    assertThat(items.get(1).get("eps").asDouble()).isEqualTo(0.56);
  }

  @Test
  void badReportsAndLimitsAreRefused() {
    http.postJson("/api/v1/finance", "[{\"third_code\":\"000001.SZ\",\"ann_date\":\"2024-04-20\"}]")
        .isProblem(400, "items[0].end_date");
    http.postJson("/api/v1/finance", "[{\"third_code\":\"000001.SZ\",\"ann_date\":\"2024-04-20\","
        + "\"end_date\":\"2024-03-31\",\"roe\":\"6.1\"}]").isProblem(400, "items[0].roe");
    http.get("/api/v1/finance/000001.SZ?limit=201").isProblem(400, "limit");
    http.get("/api/v1/finance/000001.SZ?limit=0").isProblem(400, "limit");
    http.send("POST", "/api/v1/finance", "a,b\n1,2\n", "text/csv").isProblem(415, "Content-Type");
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_finance")).isZero();
  }
}
