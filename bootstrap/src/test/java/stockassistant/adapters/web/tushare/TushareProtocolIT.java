package stockassistant.adapters.web.tushare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.web.support.ApiTest;
import stockassistant.adapters.web.tushare.TushareClient.Frame;

/** Every api_name, as Tushare's Python client asks and reads it, over the real socket. */
class TushareProtocolIT extends ApiTest {
  private static final String BAR_HEADER =
      "ts_code,trade_date,open,high,low,close,pre_close,vol,amount,adj_factor,pe,total_mv\n";
  private final TushareClient pro = new TushareClient(http, "whatever", false);

  @Test
  void dailyAnswersTheDefaultFieldsNewestFirstThenByCodeForSeveralCodes() {
    bars("000001.SZ,20240102,9.39,9.42,9.21,9.21,9.39,1158366.45,1075742.25,1,,",
        "000001.SZ,20240103,9.19,9.22,9.15,9.20,9.21,733610.06,673673.83,1,,",
        "000001.SZ,20240104,9.19,9.19,9.08,9.11,9.20,864806.40,787773.65,1,,",
        "600000.SH,20240102,6.60,6.62,6.55,6.56,6.60,300000,198000,1,,",
        "600000.SH,20240103,6.56,6.70,6.50,6.68,6.56,400000,265000,1,,",
        "300750.SZ,20240103,160.0,162.0,158.0,161.0,160.0,1000,16100,1,,");

    Frame frame = pro.query("daily", "", "ts_code", "600000.SH,000001.SZ", "start_date",
        "20240101", "end_date", "20240131");

    assertThat(frame.columns()).containsExactly("ts_code", "trade_date", "open", "high", "low",
        "close", "pre_close", "change", "pct_chg", "vol", "amount");
    assertThat(frame.texts("trade_date")).containsExactly("20240104", "20240103", "20240103",
        "20240102", "20240102");
    assertThat(frame.texts("ts_code")).containsExactly("000001.SZ", "000001.SZ", "600000.SH",
        "000001.SZ", "600000.SH");
    assertThat(frame.at(0, "close").asDouble()).isEqualTo(9.11);
    assertThat(frame.at(0, "vol").asDouble()).isEqualTo(864806.40);
    assertThat(frame.at(0, "change").isNull()).as("missing is null, never 0").isTrue();
    assertThat(frame.at(0, "trade_date").isTextual()).as("dates are YYYYMMDD strings").isTrue();
    assertThat(frame.hasMore()).isFalse();
  }

  @Test
  void fieldsSelectAndOrderTheColumnsAsAStringOrAList() {
    bars("000001.SZ,20240102,9.39,9.42,9.21,9.21,9.39,1158366.45,1075742.25,1,,");

    Frame asString = pro.query("daily", "trade_date, close,ts_code", "ts_code", "000001.SZ");
    JsonNode asList = pro.postRaw("{\"api_name\":\"daily\",\"token\":\"t\",\"params\":{\"ts_code\":"
        + "\"000001.SZ\"},\"fields\":[\"close\",\"ts_code\"]}", "/tushare");

    assertThat(asString.columns()).containsExactly("trade_date", "close", "ts_code");
    assertThat(asString.rows().get(0).toString()).isEqualTo("[\"20240102\", 9.21, \"000001.SZ\"]");
    assertThat(asList.at("/data/fields").toString()).isEqualTo("[\"close\",\"ts_code\"]");
    assertThat(asList.at("/data/items").toString()).isEqualTo("[[9.21,\"000001.SZ\"]]");
  }

  @Test
  void anEmptyResultStillNamesItsFields() {
    Frame frame = pro.query("daily", "", "ts_code", "000001.SZ", "start_date", "20240101");

    assertThat(frame.rows()).isEmpty();
    assertThat(frame.columns()).hasSize(11).startsWith("ts_code", "trade_date");
    assertThat(frame.hasMore()).isFalse();
  }

  @Test
  void oneTradeDateIsTheWholeMarketInCodeOrder() {
    bars("600000.SH,20240103,6.56,6.70,6.50,6.68,6.56,400000,265000,1,,",
        "000001.SZ,20240103,9.19,9.22,9.15,9.20,9.21,733610.06,673673.83,1,,",
        "000001.SZ,20240104,9.19,9.19,9.08,9.11,9.20,864806.40,787773.65,1,,");

    Frame frame = pro.query("daily", "ts_code,close", "trade_date", "20240103");

    assertThat(frame.texts("ts_code")).containsExactly("000001.SZ", "600000.SH");
  }

  @Test
  void dailyBasicAnswersTheIndicatorsAndAdjFactorOnlyTheKnownFactors() {
    bars("000001.SZ,20240102,9.39,9.42,9.21,9.21,9.39,1,1,1.25,4.5,1.8e7",
        "000001.SZ,20240103,9.19,9.22,9.15,9.20,9.21,1,1,,4.6,");

    Frame basic = pro.query("daily_basic", "", "ts_code", "000001.SZ");
    Frame factors = pro.query("adj_factor", "", "ts_code", "000001.SZ", "start_date", "20240101",
        "end_date", "20241231");

    assertThat(basic.columns()).containsExactly("ts_code", "trade_date", "close", "turnover_rate",
        "turnover_rate_f", "volume_ratio", "pe", "pe_ttm", "pb", "ps", "ps_ttm", "dv_ratio",
        "dv_ttm", "total_share", "float_share", "free_share", "total_mv", "circ_mv");
    assertThat(basic.texts("trade_date")).containsExactly("20240103", "20240102");
    assertThat(basic.at(0, "pe").asDouble()).isEqualTo(4.6);
    assertThat(basic.at(0, "total_mv").isNull()).isTrue();
    assertThat(basic.at(1, "total_mv").asDouble()).isEqualTo(1.8e7);
    assertThat(factors.columns()).containsExactly("ts_code", "trade_date", "adj_factor");
    assertThat(factors.texts("trade_date")).containsExactly("20240102");
    assertThat(factors.at(0, "adj_factor").asDouble()).isEqualTo(1.25);
  }

  /** The numbers of PeriodBarsTest: a week over the end of January 2024, worked out by hand. */
  @Test
  void weeklyAndMonthlyAggregateAcrossAMonthEndNewestFirst() {
    bars("000001.SZ,20240126,10.0,10.3,9.9,10.2,10.0,100,1000,,,",
        "000001.SZ,20240129,10.2,10.6,10.1,10.5,10.2,200,2100,,,",
        "000001.SZ,20240130,10.5,10.8,10.4,10.4,10.5,150,1570,,,",
        "000001.SZ,20240131,10.4,10.5,9.8,9.9,10.4,300,3000,,,",
        "000001.SZ,20240201,9.9,10.1,9.7,10.0,9.9,250,2480,,,",
        "000001.SZ,20240202,10.0,10.9,10.0,10.8,10.0,400,4300,,,");

    Frame weeks = pro.query("weekly", "", "ts_code", "000001.SZ", "start_date", "20240101",
        "end_date", "20240229");
    Frame months = pro.query("monthly", "", "ts_code", "000001.SZ");

    assertThat(weeks.columns()).containsExactly("ts_code", "trade_date", "close", "open", "high",
        "low", "pre_close", "change", "pct_chg", "vol", "amount");
    assertThat(weeks.texts("trade_date")).containsExactly("20240202", "20240126");
    assertThat(weeks.at(0, "open").asDouble()).isEqualTo(10.2);
    assertThat(weeks.at(0, "high").asDouble()).isEqualTo(10.9);
    assertThat(weeks.at(0, "low").asDouble()).isEqualTo(9.7);
    assertThat(weeks.at(0, "close").asDouble()).isEqualTo(10.8);
    assertThat(weeks.at(0, "pre_close").asDouble()).isEqualTo(10.2);
    assertThat(weeks.at(0, "pct_chg").asDouble()).isCloseTo(5.882352941176471, within(1e-12));
    assertThat(weeks.at(0, "vol").asDouble()).isEqualTo(1300.0);
    assertThat(weeks.at(0, "amount").asDouble()).isEqualTo(13450.0);
    assertThat(months.texts("trade_date")).containsExactly("20240202", "20240131");
    assertThat(months.at(0, "pre_close").asDouble()).as("January's close").isEqualTo(9.9);
    assertThat(months.at(1, "open").asDouble()).isEqualTo(10.0);
    assertThat(months.at(1, "vol").asDouble()).isEqualTo(750.0);
  }

  @Test
  void weeklyForOneTradeDateIsTheWeekThatEndsThere() {
    bars("000001.SZ,20240927,10.0,10.4,9.9,10.3,10.0,100,1000,,,",
        "000001.SZ,20240930,10.3,11.3,10.2,11.0,10.3,500,5400,,,",
        "000001.SZ,20241008,11.5,12.1,11.0,11.2,11.0,700,8000,,,",
        "600000.SH,20240930,6.0,6.6,6.0,6.5,6.0,10,65,,,");

    Frame holidayWeek = pro.query("weekly", "", "trade_date", "20240930");
    Frame notAWeekEnd = pro.query("weekly", "", "trade_date", "20241007");

    assertThat(holidayWeek.texts("ts_code")).containsExactly("000001.SZ", "600000.SH");
    assertThat(holidayWeek.at(0, "open").asDouble()).isEqualTo(10.3);
    assertThat(holidayWeek.at(0, "close").asDouble()).isEqualTo(11.0);
    assertThat(holidayWeek.at(0, "pct_chg").asDouble()).isCloseTo(6.796116504854369, within(1e-12));
    assertThat(notAWeekEnd.rows()).isEmpty();
  }

  @Test
  void stockBasicAnswersListedStocksByDefaultWithTushareDefaultFields() {
    http.postJson("/api/v1/stocks/batch", """
        {"items":[{"third_code":"000001.SZ","symbol":"000001","name":"平安银行","area":"深圳",
                   "industry":"银行","market":"主板","list_date":"19910403","cnspell":"payh",
                   "exchange":"SZSE","list_status":"L","is_hs":"S"},
                  {"third_code":"600000.SH","symbol":"600000","name":"浦发银行","market":"主板",
                   "list_status":"L","is_hs":"H"},
                  {"third_code":"000003.SZ","symbol":"000003","name":"PT金田A","list_status":"D"},
                  {"third_code":"830001.BJ","symbol":"830001","name":"北交样本","market":"北交所"}]}""");

    Frame listed = pro.query("stock_basic", "");
    Frame delisted = pro.query("stock_basic", "ts_code,name,list_status", "list_status", "D");
    Frame shenzhen = pro.query("stock_basic", "ts_code", "exchange", "SZSE", "list_status", "");
    Frame hongKongConnect = pro.query("stock_basic", "ts_code,is_hs", "is_hs", "H");

    assertThat(listed.columns()).containsExactly("ts_code", "symbol", "name", "area", "industry",
        "cnspell", "market", "list_date", "act_name", "act_ent_type");
    assertThat(listed.texts("ts_code")).as("no status stored counts as listed")
        .containsExactly("000001.SZ", "600000.SH", "830001.BJ");
    assertThat(listed.row(0).get("name").asText()).isEqualTo("平安银行");
    assertThat(listed.row(0).get("list_date").asText()).isEqualTo("19910403");
    assertThat(listed.row(0).get("act_name").isNull()).isTrue();
    assertThat(delisted.texts("name")).containsExactly("PT金田A");
    assertThat(shenzhen.texts("ts_code")).containsExactly("000001.SZ");
    assertThat(hongKongConnect.texts("ts_code")).containsExactly("600000.SH");
  }

  @Test
  void finaIndicatorIsNewestPeriodFirstWithTushareDefaultFields() {
    http.postJson("/api/v1/finance", """
        {"fields":["ts_code","ann_date","end_date","eps","roe","invturn_days"],
         "items":[["000001.SZ","20230820","20230630",0.5,5.1,12.0],
                  ["000001.SZ","20240420","20240331",0.6,6.1,11.0],
                  ["000001.SZ","20231025","20230930",0.55,5.6,null],
                  ["600000.SH","20240430","20240331",0.4,4.0,null]]}""");

    Frame all = pro.query("fina_indicator", "", "ts_code", "000001.SZ");
    Frame periods = pro.query("fina_indicator", "ts_code,end_date,eps", "ts_code", "000001.SZ",
        "start_date", "20230701", "end_date", "20231231");
    Frame quarter = pro.query("fina_indicator", "ts_code,invturn_days", "period", "20240331");
    Frame announced = pro.query("fina_indicator", "end_date", "ann_date", "20230820");

    assertThat(all.columns()).startsWith("ts_code", "ann_date", "end_date", "eps", "dt_eps")
        .contains("roe", "debt_to_eqt").doesNotContain("invturn_days", "daa");
    assertThat(all.texts("end_date")).containsExactly("20240331", "20230930", "20230630");
    assertThat(all.at(0, "roe").asDouble()).isEqualTo(6.1);
    assertThat(periods.texts("end_date")).containsExactly("20230930");
    assertThat(quarter.texts("ts_code")).as("then the newest announcement first")
        .containsExactly("600000.SH", "000001.SZ");
    assertThat(quarter.at(1, "invturn_days").asDouble()).isEqualTo(11.0);
    assertThat(announced.texts("end_date")).containsExactly("20230630");
  }

  @Test
  void tradeCalIsEveryCalendarDayNewestFirstWithThePreviousOpenDay() {
    bars("000001.SZ,20240207,9.0,9.0,9.0,9.0,9.0,1,1,,,",
        "600000.SH,20240208,6.0,6.0,6.0,6.0,6.0,1,1,,,",
        "000001.SZ,20240219,9.0,9.0,9.0,9.0,9.0,1,1,,,");

    Frame days = pro.query("trade_cal", "", "exchange", "", "start_date", "20240208", "end_date",
        "20240219");
    Frame open = pro.query("trade_cal", "cal_date,pretrade_date", "start_date", "20240201",
        "is_open", "1");
    Frame shenzhen = pro.query("trade_cal", "exchange", "exchange", "SZSE", "start_date", "20240219");

    assertThat(days.columns()).containsExactly("exchange", "cal_date", "is_open", "pretrade_date");
    assertThat(days.rows()).hasSize(12);
    assertThat(days.row(0).toString()).isEqualTo(
        "{exchange=\"SSE\", cal_date=\"20240219\", is_open=1, pretrade_date=\"20240208\"}");
    assertThat(days.row(1).toString()).isEqualTo(
        "{exchange=\"SSE\", cal_date=\"20240218\", is_open=0, pretrade_date=\"20240208\"}");
    assertThat(days.row(11).toString()).isEqualTo(
        "{exchange=\"SSE\", cal_date=\"20240208\", is_open=1, pretrade_date=\"20240207\"}");
    assertThat(open.texts("cal_date")).containsExactly("20240219", "20240208", "20240207");
    assertThat(open.texts("pretrade_date")).containsExactly("20240208", "20240207", null);
    assertThat(shenzhen.texts("exchange")).containsExactly("SZSE");
  }

  @Test
  void newerClientsPostToTheUrlEndingInTheApiName() {
    bars("000001.SZ,20240102,9.39,9.42,9.21,9.21,9.39,1,1,1,,");

    Frame frame = new TushareClient(http, "t", true).query("daily", "ts_code,close", "ts_code",
        "000001.SZ");
    JsonNode mismatch = pro.postRaw("{\"api_name\":\"daily\",\"params\":{},\"fields\":\"\"}",
        "/tushare/weekly");
    JsonNode onlyInUrl = pro.postRaw("{\"params\":{\"ts_code\":\"000001.SZ\"}}", "/tushare/daily");

    assertThat(frame.texts("close")).containsExactly("9.21");
    assertThat(mismatch.get("code").asInt()).isNotZero();
    assertThat(mismatch.get("msg").asText()).contains("api_name").contains("weekly");
    assertThat(onlyInUrl.at("/data/items")).hasSize(1);
  }

  @Test
  void theOldestClientsPostWithoutAContentType() {
    bars("000001.SZ,20240102,9.39,9.42,9.21,9.21,9.39,1,1,1,,");

    var response = http.send("POST", "/tushare", "{\"api_name\": \"daily\", \"token\": \"t\", "
        + "\"params\": {\"ts_code\": \"000001.SZ\"}, \"fields\": \"close\"}", null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/data/items").toString()).isEqualTo("[[9.21]]");
  }

  @Test
  void limitAndOffsetPageThroughALargeResult() {
    var csv = new StringBuilder(BAR_HEADER);
    java.time.LocalDate day = java.time.LocalDate.parse("2010-01-01");
    for (int i = 0; i < 1500; i++, day = day.plusDays(1)) {
      for (String code : List.of("000001.SZ", "000002.SZ", "600000.SH")) {
        csv.append(code).append(',').append(day.toString().replace("-", ""))
            .append(",1,2,0.5,1.5,1,10,10,1,,\n");
      }
    }
    var stored = http.send("POST", "/api/v1/quotes/daily", csv.toString(), "text/csv");
    assertThat(stored.status()).as(stored.body()).isEqualTo(200);

    Frame whole = pro.query("daily", "ts_code,trade_date");
    var paged = new ArrayList<String>();
    var hasMore = new ArrayList<Boolean>();
    for (int offset = 0; ; offset += 1000) {
      Frame page = pro.query("daily", "ts_code,trade_date", "limit", 1000, "offset", offset);
      page.rows().forEach(row -> paged.add(row.toString()));
      hasMore.add(page.hasMore());
      if (!page.hasMore()) {
        break;
      }
    }
    Frame tail = pro.query("daily", "trade_date", "offset", "4499");

    assertThat(whole.rows()).hasSize(4500);
    assertThat(whole.hasMore()).isFalse();
    assertThat(paged).containsExactlyElementsOf(whole.rows().stream().map(Object::toString).toList());
    assertThat(hasMore).containsExactly(true, true, true, true, false);
    assertThat(tail.texts("trade_date")).containsExactly("20100101");
    assertThat(pro.query("daily", "", "limit", "4500").hasMore()).isFalse();
    assertThat(pro.query("weekly", "", "ts_code", "000001.SZ", "limit", 5).hasMore()).isTrue();
    assertThat(pro.query("trade_cal", "", "limit", 10, "offset", 1490).rows()).hasSize(10);
  }

  private static void bars(String... rows) {
    var response = http.send("POST", "/api/v1/quotes/daily",
        BAR_HEADER + String.join("\n", rows) + "\n", "text/csv");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }
}
