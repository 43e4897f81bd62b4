package stockassistant.adapters.web.stocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.web.support.ApiTest;
import stockassistant.adapters.persistence.testing.TestDatabase;

class StocksApiIT extends ApiTest {
  @Test
  void putStoresOneStockAndReturnsIt() {
    var response = http.putJson("/api/v1/stocks/000001.SZ",
        "{\"symbol\":\"000001\",\"name\":\"平安银行\",\"industry\":\"银行\",\"list_date\":\"19910403\"}");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode stock = response.json();
    assertThat(stock.get("third_code").asText()).isEqualTo("000001.SZ");
    assertThat(stock.get("list_date").asText()).isEqualTo("1991-04-03");
    assertThat(stock.get("area").isNull()).isTrue();
    assertThat(stock.get("source").asText()).isEqualTo("tushare");
    assertThat(stock.has("id")).isFalse();
    assertThat(http.get("/api/v1/stocks/000001.SZ").json().get("name").asText()).isEqualTo("平安银行");
    assertThat(http.get("/api/v1/stocks/by-symbol/000001").json().get("third_code").asText()).isEqualTo("000001.SZ");
  }

  @Test
  void searchFindsByCodeOrNameAndRefusesBadInput() {
    http.postJson("/api/v1/stocks/batch", """
        {"items":[{"third_code":"000001.SZ","symbol":"000001","name":"平安银行"},
                  {"third_code":"600000.SH","symbol":"600000","name":"浦发银行"}]}""");

    JsonNode byName = http.get("/api/v1/stocks/search?q=" + java.net.URLEncoder.encode("浦发",
        java.nio.charset.StandardCharsets.UTF_8)).json();
    assertThat(byName.get("items")).hasSize(1);
    assertThat(byName.at("/items/0/third_code").asText()).isEqualTo("600000.SH");
    assertThat(http.get("/api/v1/stocks/search?q=000001&limit=1").json().at("/items/0/name").asText())
        .isEqualTo("平安银行");
    assertThat(http.get("/api/v1/stocks/search?q=999").json().get("items")).isEmpty();

    http.get("/api/v1/stocks/search").isProblem(400, "q");
    http.get("/api/v1/stocks/search?q=%20").isProblem(400, "q");
    http.get("/api/v1/stocks/search?q=" + "x".repeat(101)).isProblem(400, "q");
    http.get("/api/v1/stocks/search?q=600&limit=51").isProblem(400, "limit");
  }

  @Test
  void unknownStocksAre404AndMalformedCodes400() {
    http.get("/api/v1/stocks/600000.SH").isProblem(404, "600000.SH");
    http.get("/api/v1/stocks/by-symbol/999999").isProblem(404, "999999");
    http.get("/api/v1/stocks/600000.XX").isProblem(400, "third_code");
  }

  @Test
  void putRefusesBadBodiesAndChangesNothing() {
    http.putJson("/api/v1/stocks/000001.SZ", "{\"third_code\":\"600000.SH\",\"symbol\":\"000001\",\"name\":\"x\"}")
        .isProblem(400, "third_code");
    http.putJson("/api/v1/stocks/000001.SZ", "{\"symbol\":\"000001\"}").isProblem(400, "name");
    http.putJson("/api/v1/stocks/000001.SZ", "{\"symbol\":\"000001\",\"name\":\"" + "名".repeat(101) + "\"}")
        .isProblem(400, "name");
    http.putJson("/api/v1/stocks/000001.SZ", "{\"symbol\":1,\"name\":\"x\"}").isProblem(400, "symbol");
    http.putJson("/api/v1/stocks/000001.SZ", "{\"symbol\":\"000001\",\"name\":\"x\",\"list_date\":\"1991-02-30\"}")
        .isProblem(400, "list_date");
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_info")).isZero();
  }

  @Test
  void batchUpsertsAndOneBadItemRejectsAll() {
    var ok = http.postJson("/api/v1/stocks/batch", """
        {"items":[{"third_code":"000001.SZ","symbol":"000001","name":"平安银行"},
                  {"third_code":"600000.SH","symbol":"600000","name":"浦发银行"},
                  {"third_code":"000001.SZ","symbol":"000001","name":"平安银行(新)"}]}""");
    assertThat(ok.json().get("upserted").asInt()).isEqualTo(2);

    http.postJson("/api/v1/stocks/batch", """
        {"items":[{"third_code":"430047.BJ","symbol":"430047","name":"诺思兰德"},
                  {"third_code":"430048","symbol":"430048","name":"bad"}]}""").isProblem(400, "items[1].third_code");
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_info")).isEqualTo(2);
    assertThat(http.get("/api/v1/stocks/000001.SZ").json().get("name").asText()).isEqualTo("平安银行(新)");
  }

  @Test
  void listsPagesAndLooksUpCodes() {
    http.postJson("/api/v1/stocks/batch", """
        {"items":[{"third_code":"600000.SH","symbol":"600000","name":"a"},
                  {"third_code":"000001.SZ","symbol":"000001","name":"b"},
                  {"third_code":"430047.BJ","symbol":"430047","name":"c"}]}""");

    JsonNode page = http.get("/api/v1/stocks?skip=1&limit=1").json();
    assertThat(page.get("items").get(0).get("third_code").asText()).isEqualTo("430047.BJ");
    assertThat(page.get("skip").asInt()).isEqualTo(1);
    assertThat(page.get("limit").asInt()).isEqualTo(1);
    assertThat(http.get("/api/v1/stocks").json().get("limit").asInt()).isEqualTo(100);
    assertThat(http.get("/api/v1/stocks?third_codes=000001.SZ,688001.SH").json().get("items")).hasSize(1);
    http.get("/api/v1/stocks?limit=0").isProblem(400, "limit");
    http.get("/api/v1/stocks?limit=1001").isProblem(400, "limit");
    http.get("/api/v1/stocks?limit=ten").isProblem(400, "limit");
    http.get("/api/v1/stocks?third_codes=000001.SZ,bad").isProblem(400, "third_codes");
    http.get("/api/v1/stocks?third_codes=" + "000001.SZ,".repeat(1001)).isProblem(400, "third_codes");
    assertThat(http.get("/api/v1/stocks", "Accept", "text/csv").body()).startsWith("third_code,symbol,name,");
  }

  @Test
  void missingFinanceAndSyncDate() {
    http.postJson("/api/v1/stocks/batch", """
        {"items":[{"third_code":"000001.SZ","symbol":"000001","name":"a"},
                  {"third_code":"600000.SH","symbol":"600000","name":"b","last_finance_sync_date":"2024-04-20"}]}""");

    JsonNode missing = http.get("/api/v1/stocks/missing-finance?period=20240331&checked_before=2024-04-10&limit=200").json();
    assertThat(missing.get("items")).hasSize(1);
    assertThat(missing.get("items").get(0).asText()).isEqualTo("000001.SZ");
    http.get("/api/v1/stocks/missing-finance?period=20240331&checked_before=2024-04-10&limit=5001").isProblem(400, "limit");
    http.get("/api/v1/stocks/missing-finance?checked_before=2024-04-10").isProblem(400, "period");

    var updated = http.postJson("/api/v1/stocks/finance-sync-date",
        "{\"third_codes\":[\"000001.SZ\",\"688001.SH\"],\"sync_date\":\"2024-04-10\"}");
    assertThat(updated.json().get("updated").asInt()).isEqualTo(1);
    http.postJson("/api/v1/stocks/finance-sync-date", "{\"third_codes\":[\"000001\"],\"sync_date\":\"2024-04-10\"}")
        .isProblem(400, "third_codes[0]");
    http.postJson("/api/v1/stocks/finance-sync-date", "{\"third_codes\":[\"000001.SZ\"],\"sync_date\":\"April\"}")
        .isProblem(400, "sync_date");
  }
}
