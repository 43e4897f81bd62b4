package stockassistant.adapters.web.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.web.support.ApiTest;

/**
 * adj=qfq|hfq and weekly / monthly bars over HTTP. The stock has two ex-dividend days (factor
 * 1.0 -> 1.05 on 06-05, -> 1.3125 on 06-11) and a bar without a factor (06-06) between them,
 * which takes 1.05 from the bar before it. Expected values are worked out by hand.
 */
class AdjustedAndPeriodBarsApiIT extends ApiTest {
  private static final String DIVIDENDS = """
      ts_code,trade_date,open,high,low,close,pre_close,vol,amount,adj_factor
      000001.SZ,20240603,10.00,10.10,9.90,10.00,9.95,100,1000,1.0
      000001.SZ,20240604,10.00,10.30,10.00,10.20,10.00,100,1000,1.0
      000001.SZ,20240605,9.80,10.00,9.70,9.90,9.71,100,1000,1.05
      000001.SZ,20240606,9.90,10.10,9.90,10.00,9.90,100,1000,
      000001.SZ,20240607,10.00,10.20,10.00,10.10,10.00,100,1000,1.05
      000001.SZ,20240611,8.00,8.20,7.90,8.00,8.08,100,1000,1.3125
      """;

  @Test
  void forwardAdjustedPricesKeepTheLastBarAndScaleTheRest() {
    store(DIVIDENDS);

    JsonNode items = http.get("/api/v1/quotes/daily/000001.SZ?start=20240601&end=20240630&adj=qfq")
        .json().get("items");

    assertThat(items).hasSize(6);
    assertThat(items.get(0).get("close").asDouble()).isCloseTo(7.619047619047619, within(1e-12));
    assertThat(items.get(0).get("high").asDouble()).isCloseTo(7.695238095238095, within(1e-12));
    assertThat(items.get(2).get("close").asDouble()).isCloseTo(7.92, within(1e-12));
    assertThat(items.get(2).get("pre_close").asDouble()).isCloseTo(7.768, within(1e-12));
    assertThat(items.get(3).get("close").asDouble()).as("no factor: 1.05 from 06-05")
        .isCloseTo(8.0, within(1e-12));
    assertThat(items.get(3).get("adj_factor").isNull()).as("the stored factor, as stored").isTrue();
    assertThat(items.get(4).get("close").asDouble()).isCloseTo(8.08, within(1e-12));
    assertThat(items.get(5).get("close").asDouble()).isEqualTo(8.0);
    assertThat(items.get(5).get("vol").asDouble()).as("volumes are not adjusted").isEqualTo(100.0);
  }

  @Test
  void forwardAdjustmentIsRelativeToTheLastBarOfTheRangeAsked() {
    store(DIVIDENDS);

    JsonNode items = http.get("/api/v1/quotes/daily/000001.SZ?start=2024-06-01&end=2024-06-07&adj=qfq")
        .json().get("items");

    assertThat(items.get(0).get("close").asDouble()).isCloseTo(9.523809523809524, within(1e-12));
    assertThat(items.get(4).get("close").asDouble()).as("the range's last bar keeps its price")
        .isCloseTo(10.1, within(1e-12));
  }

  @Test
  void backwardAdjustedPricesMultiplyByTheFactor() {
    store(DIVIDENDS);

    JsonNode items = http.get("/api/v1/quotes/daily/000001.SZ?adj=hfq").json().get("items");

    assertThat(items).extracting(item -> item.get("close").asDouble())
        .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b))
        .containsExactly(10.0, 10.2, 10.395, 10.5, 10.605, 10.5);
    assertThat(http.get("/api/v1/quotes/daily/000001.SZ").json().at("/items/5/close").asDouble())
        .as("no adj: as stored").isEqualTo(8.0);
  }

  @Test
  void weeklyBarsAdjustTheDaysFirstThenSumThemUp() {
    store(DIVIDENDS);

    JsonNode weeks = http.get("/api/v1/quotes/weekly/000001.SZ?adj=hfq").json().get("items");

    assertThat(weeks).hasSize(2);
    JsonNode first = weeks.get(0);
    assertThat(first.get("trade_date").asText()).isEqualTo("2024-06-07");
    assertThat(first.get("open").asDouble()).isEqualTo(10.0);
    assertThat(first.get("high").asDouble()).isCloseTo(10.71, within(1e-12));
    assertThat(first.get("low").asDouble()).isCloseTo(9.9, within(1e-12));
    assertThat(first.get("close").asDouble()).isCloseTo(10.605, within(1e-12));
    assertThat(first.get("pre_close").asDouble()).isEqualTo(9.95);
    assertThat(first.get("vol").asDouble()).isEqualTo(500.0);
    assertThat(first.has("adj_factor")).isFalse();
    assertThat(weeks.get(1).get("trade_date").asText()).isEqualTo("2024-06-11");
    assertThat(weeks.get(1).get("pre_close").asDouble()).isCloseTo(10.605, within(1e-12));
  }

  @Test
  void monthlyAndWeeklyBarsAcrossAMonthEndAndAHolidayWeek() {
    store("""
        ts_code,trade_date,open,high,low,close,pre_close,vol,amount,adj_factor
        000001.SZ,20240927,10.0,10.4,9.9,10.3,10.0,100,1000,
        000001.SZ,20240930,10.3,11.3,10.2,11.0,10.3,500,5400,
        000001.SZ,20241008,11.5,12.1,11.0,11.2,11.0,700,8000,
        """);

    JsonNode weeks = http.get("/api/v1/quotes/weekly/000001.SZ").json().get("items");
    JsonNode months = http.get("/api/v1/quotes/monthly/000001.SZ").json().get("items");
    String csv = http.get("/api/v1/quotes/monthly/000001.SZ", "Accept", "text/csv").body();

    assertThat(weeks).extracting(w -> w.get("trade_date").asText())
        .containsExactly("2024-09-27", "2024-09-30", "2024-10-08");
    assertThat(weeks.get(1).get("open").asDouble()).as("the holiday week's only day").isEqualTo(10.3);
    assertThat(weeks.get(1).get("pct_chg").asDouble()).isCloseTo(6.796116504854369, within(1e-12));
    assertThat(months).extracting(m -> m.get("trade_date").asText())
        .containsExactly("2024-09-30", "2024-10-08");
    assertThat(months.get(0).get("amount").asDouble()).isEqualTo(6400.0);
    assertThat(months.get(1).get("pre_close").asDouble()).as("September's close").isEqualTo(11.0);
    assertThat(csv).startsWith("third_code,trade_date,open,high,low,close,pre_close,change,pct_chg,vol,amount\n")
        .contains("000001.SZ,2024-09-30,10.0,11.3,9.9,11.0,10.0,");
  }

  @Test
  void aBadAdjIsA400NamingItAndChangesNothing() {
    store(DIVIDENDS);
    String before = TestDatabase.dump("stock_daily");

    http.get("/api/v1/quotes/daily/000001.SZ?adj=QFQ").isProblem(400, "adj");
    http.get("/api/v1/quotes/weekly/000001.SZ?adj=none").isProblem(400, "adj");
    http.get("/api/v1/quotes/monthly/000001.SZ?start=2024-02-30").isProblem(400, "start");
    http.get("/api/v1/quotes/monthly/000001.sz").isProblem(400, "third_code");

    assertThat(TestDatabase.dump("stock_daily")).isEqualTo(before);
  }

  private static void store(String csv) {
    var response = http.send("POST", "/api/v1/quotes/daily", csv, "text/csv");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }
}
