package stockassistant.bootstrap.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.HttpProbe;
import stockassistant.openapiclient.ApiClient;
import stockassistant.openapiclient.ApiException;
import stockassistant.openapiclient.api.OperationsApi;
import stockassistant.openapiclient.api.QuotesApi;
import stockassistant.openapiclient.api.StocksApi;
import stockassistant.openapiclient.model.BarInput;
import stockassistant.openapiclient.model.PriceBar;
import stockassistant.openapiclient.model.Problem;
import stockassistant.openapiclient.model.StockUpsert;

/**
 * The README's "Try it" flow through the Java client openapi-generator made from the document
 * at build time (library native, Jackson), over a real socket, against the whole service on
 * the embedded PostgreSQL, with a token so that writes can be refused.
 */
class TryItClientIT {
  private static final String TOKEN = "try-it-token";
  private static Service service;

  @BeforeAll
  static void start() {
    TestDatabase.truncateAll();
    service = Service.start(TestConfigs.onTestDatabase(Map.of("STOCK_API_TOKEN", TOKEN)));
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void theClientIsGeneratedFromTheDocumentTheServiceServes() throws Exception {
    var mapper = new ObjectMapper();
    JsonNode served = mapper.readTree(HttpProbe.get(service.port(), "/api/v1/openapi.json").body());
    JsonNode built = mapper.readTree(Path.of(System.getProperty("stockassistant.openapi.file",
        "target/openapi/openapi.json")).toFile());
    assertThat(served).isEqualTo(built);
  }

  @Test
  void readmeFlowWithTypedAnswersAndTypedProblems() throws Exception {
    ApiClient client = client(TOKEN);
    var quotes = new QuotesApi(client);
    var stocks = new StocksApi(client);

    // writes without the token: a typed 401
    ApiException refused = catchThrowableOfType(ApiException.class,
        () -> new QuotesApi(client(null)).upsertDailyBars(List.of(bar("20240102"))));
    assertThat(refused.getCode()).isEqualTo(401);
    Problem unauthorized = problem(client, refused);
    assertThat(unauthorized.getTitle()).isEqualTo("Unauthorized");
    assertThat(unauthorized.getStatus()).isEqualTo(401);

    var stored = quotes.upsertDailyBars(List.of(
        bar("20240102").open(9.39).high(9.42).low(9.21).close(9.21).vol(1158366.45),
        bar("2024-01-03").open(9.19).high(9.22).low(9.15).close(9.20).vol(733610.06)));
    assertThat(stored.getReceived()).isEqualTo(2);
    assertThat(stored.getUpserted()).isEqualTo(2);

    List<PriceBar> bars = quotes.getPriceBars("000001.SZ", "2024-01-01", "2024-12-31", null).getItems();
    assertThat(bars).extracting(PriceBar::getTradeDate)
        .containsExactly(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3));
    assertThat(bars.get(0).getOpen()).isEqualTo(9.39);
    assertThat(bars.get(0).getPreClose()).isNull();

    // CSV is outside what a typed client models: plain HTTP, as in the README
    HttpResponse<String> csv = HttpProbe.send(service.port(), "GET",
        "/api/v1/quotes/daily?trade_date=2024-01-02", null, "Accept", "text/csv");
    assertThat(csv.body()).startsWith("third_code,trade_date,open,high,low,close,");
    assertThat(csv.body().lines().findFirst().orElseThrow()).endsWith(",source,stock_name");
    // codes, start, end and adj belong to the panel read (issue 22): none of them here
    assertThat(quotes.getCrossSection("20240102", null, null, null, null).getItems()).hasSize(1);

    // the path names the stock: the body need not
    var stock = stocks.putStock("000001.SZ", new StockUpsert().symbol("000001").name("平安银行")
        .industry("银行").listDate("19910403"));
    assertThat(stock.getThirdCode()).isEqualTo("000001.SZ");
    assertThat(stock.getListDate()).isEqualTo(LocalDate.of(1991, 4, 3));
    assertThat(stocks.getStock("000001.SZ").getName()).isEqualTo("平安银行");

    assertThat(quotes.getLatestTradeDate().getLatestTradeDate()).isEqualTo(LocalDate.of(2024, 1, 3));

    // an impossible date: a typed 400 naming the field
    ApiException invalid = catchThrowableOfType(ApiException.class,
        () -> quotes.getPriceBars("000001.SZ", "2024-02-30", null, null));
    assertThat(invalid.getCode()).isEqualTo(400);
    Problem problem = problem(client, invalid);
    assertThat(problem.getTitle()).isEqualTo("Invalid input");
    assertThat(problem.getDetail()).contains("start").contains("not a real date");
    assertThat(problem.getErrors()).singleElement()
        .satisfies(error -> assertThat(error.getField()).isEqualTo("start"));

    assertThat(new OperationsApi(client).getReadiness().getStatus()).isEqualTo("UP");
  }

  private static BarInput bar(String tradeDate) {
    return new BarInput().thirdCode("000001.SZ").tradeDate(tradeDate);
  }

  /** A client that also fails on any key the document does not declare. */
  private static ApiClient client(String token) {
    var client = new ApiClient();
    client.updateBaseUri("http://127.0.0.1:" + service.port());
    client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    if (token != null) {
      client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }
    return client;
  }

  private static Problem problem(ApiClient client, ApiException failure) throws Exception {
    return client.getObjectMapper().readValue(failure.getResponseBody(), Problem.class);
  }
}
