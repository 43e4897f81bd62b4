package stockassistant.adapters.web.tushare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.web.support.ApiTest;

/**
 * Failures answer as Tushare does (HTTP 200, a non-zero code, a msg naming what is wrong, data
 * null), before any row, and no request changes the data.
 */
class TushareFailuresIT extends ApiTest {
  private final TushareClient pro = new TushareClient(http, "t", false);

  @Test
  void anUnknownApiNameIsRefusedNamingTheOnesServed() {
    assertThatThrownBy(() -> pro.query("income", "", "ts_code", "000001.SZ"))
        .hasMessageContaining("income").hasMessageContaining("daily")
        .satisfies(e -> assertThat(((TushareClient.TushareError) e).code()).isEqualTo(40002));
  }

  @Test
  void badParamsAreRefusedNamingTheParam() {
    refused("daily", "params.start_date", "start_date", "20240230");
    refused("daily", "params.end_date", "end_date", "2024/01/02");
    refused("daily", "params.trade_date", "trade_date", "yesterday");
    refused("daily", "params.start_date", "start_date", "20240301", "end_date", "20240201");
    refused("daily", "params.ts_code", "ts_code", "000001.SZ,600000");
    refused("daily", "params.limit", "limit", 0);
    refused("daily", "params.limit", "limit", "ten");
    refused("daily", "params.offset", "offset", -1);
    refused("trade_cal", "params.is_open", "is_open", "2");
    refused("trade_cal", "params.exchange", "exchange", "CFFEX");
    refused("fina_indicator", "params.period", "period", "2024Q1");
    refused("stock_basic", "params.name", "name", java.util.List.of("a"));
    var many = new StringBuilder();
    for (int i = 0; i <= 1000; i++) {
      many.append(i == 0 ? "" : ",").append(String.format("%06d.SZ", i));
    }
    refused("daily", "params.ts_code", "ts_code", many.toString());
  }

  @Test
  void aBadBodyOrFieldIsRefused() {
    assertRefused(pro.post("daily", "ts_code,closing"), "closing");
    assertRefused(pro.postRaw("{\"api_name\":\"daily\",\"fields\":7}", "/tushare"), "fields");
    assertRefused(pro.postRaw("{\"api_name\":\"daily\",\"params\":[1]}", "/tushare"), "params");
    assertRefused(pro.postRaw("{\"api_name\":\"daily\",\"params\":{\"limit\":NaN}}", "/tushare"),
        "limit");
    assertRefused(pro.postRaw("{\"token\":\"t\",\"params\":{}}", "/tushare"), "api_name");
    assertRefused(pro.postRaw("{\"api_name\":\"daily\",", "/tushare"), "JSON");
    assertRefused(pro.postRaw("[\"daily\"]", "/tushare"), "body");
    assertRefused(pro.postRaw("", "/tushare"), "body");
  }

  @Test
  void noRequestChangesTheData() {
    http.send("POST", "/api/v1/quotes/daily",
        "ts_code,trade_date,close\n000001.SZ,20240102,9.21\n", "text/csv");
    String before = TestDatabase.dump("stock_daily");

    pro.post("daily", "", "ts_code", "000001.SZ", "items", "[[\"000001.SZ\",\"20240103\",1]]");
    pro.post("upsert_daily", "");
    pro.postRaw("{\"api_name\":\"daily\",\"fields\":[\"ts_code\"],\"items\":[[\"600000.SH\"]],"
        + "\"data\":{\"fields\":[\"ts_code\",\"trade_date\"],\"items\":[[\"600000.SH\",\"20240103\"]]}}",
        "/tushare");
    pro.post("daily", "", "start_date", "20240230");

    assertThat(TestDatabase.dump("stock_daily")).isEqualTo(before);
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_info")).isZero();
  }

  @Test
  void onlyPostIsServed() {
    var response = http.get("/tushare");

    assertThat(response.status()).isEqualTo(405);
  }

  private void refused(String api, String param, Object... params) {
    assertRefused(pro.post(api, "", params), param);
  }

  private static void assertRefused(JsonNode answer, String named) {
    assertThat(answer.get("code").asInt()).as(answer.toString()).isNotZero();
    assertThat(answer.get("msg").asText()).contains(named);
    assertThat(answer.get("data").isNull()).isTrue();
  }
}
