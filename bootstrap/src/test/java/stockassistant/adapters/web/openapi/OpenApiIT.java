package stockassistant.adapters.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.web.support.ApiTest;

/**
 * The served document against the routes the server mounts (each one handler Javalin registers
 * in {@code HttpApi.start}) and what the handlers answer over HTTP.
 */
class OpenApiIT extends ApiTest {
  @Test
  void documentsExactlyTheRoutesTheServerMounts() {
    JsonNode spec = http.get("/api/v1/openapi.json").json();
    assertThat(spec.get("openapi").asText()).startsWith("3.");

    Set<String> documented = new HashSet<>();
    spec.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    List<String> mounted = server.api().routes().stream()
        .map(route -> route.method().name() + " " + route.path()).toList();
    assertThat(documented).hasSize(mounted.size()).containsExactlyInAnyOrderElementsOf(mounted);

    // and each documented operation reaches a handler: not Javalin's 404 or 405
    for (String operation : documented) {
      String method = operation.substring(0, operation.indexOf(' '));
      String path = operation.substring(operation.indexOf(' ') + 1).replace("{third_code}", "000001.SZ")
          .replace("{symbol}", "000001").replace("{alias}", "probe").replace("{asset}", "docs.js")
          .replace("{file}", "ops.js").replace("{api_name}", "daily");
      boolean body = !method.equals("GET") && !method.equals("DELETE");
      var response = http.send(method, path, body ? "{}" : null, body ? "application/json" : null);
      assertThat(response.status()).as(operation + " -> " + response.body()).isNotIn(405);
      if (response.status() == 404) {
        assertThat(response.json().get("detail").asText()).as(operation).doesNotStartWith("no resource at");
      }
    }
  }

  @Test
  void everyOperationIsNamedTaggedSecuredAndDeclaresItsProblems() {
    JsonNode spec = http.get("/api/v1/openapi.json").json();
    assertThat(spec.at("/servers/0/url").asText()).isEqualTo("/");
    Set<String> ids = new HashSet<>();
    spec.get("paths").forEach(path -> path.fields().forEachRemaining(entry -> {
      JsonNode operation = entry.getValue();
      // Tushare's protocol posts reads with the token in the body and answers everything with 200
      boolean tushare = operation.get("tags").get(0).asText().equals("Tushare");
      boolean write = !entry.getKey().equals("get") && !tushare;
      assertThat(ids.add(operation.get("operationId").asText())).isTrue();
      assertThat(operation.get("operationId").asText()).matches("[a-z][A-Za-z]+");
      assertThat(operation.get("tags")).hasSize(1);
      assertThat(operation.get("security").size()).isEqualTo(write ? 1 : 0);
      JsonNode responses = operation.get("responses");
      assertThat(responses.has("401")).isEqualTo(write);
      if (!tushare) {
        assertThat(responses.at("/503/headers/Retry-After/schema/type").asText()).isEqualTo("integer");
      }
      assertThat(responses.has("405")).isTrue();
      assertThat(responses.at("/405/content/application~1problem+json/schema/$ref").asText())
          .endsWith("/Problem");
      if (operation.has("requestBody") && !tushare) {
        assertThat(responses.has("413")).isTrue();
        assertThat(responses.has("415")).isTrue();
      }
    }));
    assertThat(ids).contains("getPriceBars", "putStock", "upsertDailyBars", "getCrossSection");
  }

  @Test
  void schemasSayWhatEachEndpointReallyReturns() {
    JsonNode schemas = http.get("/api/v1/openapi.json").json().at("/components/schemas");
    http.postJson("/api/v1/quotes/daily",
        "[{\"third_code\":\"000001.SZ\",\"trade_date\":\"20240102\",\"close\":9.21}]");
    http.putJson("/api/v1/stocks/000001.SZ", "{\"symbol\":\"000001\",\"name\":\"平安银行\"}");

    assertKeysDocumented(http.get("/api/v1/quotes/daily/000001.SZ").json().at("/items/0"),
        schemas.get("PriceBar"));
    assertKeysDocumented(http.get("/api/v1/quotes/valuation/000001.SZ").json().at("/items/0"),
        schemas.get("Bar"));
    assertKeysDocumented(http.get("/api/v1/quotes/daily?trade_date=2024-01-02").json()
        .at("/items/0"), schemas.get("MarketBar"));
    assertKeysDocumented(http.get("/api/v1/stocks/000001.SZ").json(), schemas.get("Stock"));
    assertKeysDocumented(http.get("/api/v1/quotes/weekly/000001.SZ").json().at("/items/0"),
        schemas.get("PeriodBar"));
    assertThat(schemas.at("/PriceBar/properties").size()).isEqualTo(13);

    // a body sent to a path that names the record does not require the key again
    assertThat(schemas.at("/StockUpsert/required").toString()).doesNotContain("third_code");
    assertThat(schemas.at("/LlmConfigInput/required").toString()).doesNotContain("alias");
    // request dates take both forms; response dates are ISO
    assertThat("19910403").matches(schemas.at("/StockUpsert/properties/list_date/pattern").asText());
    assertThat("1991-04-03").matches(schemas.at("/StockUpsert/properties/list_date/pattern").asText());
    assertThat(schemas.at("/Stock/properties/list_date/format").asText()).isEqualTo("date");
    schemas.fields().forEachRemaining(schema ->
        assertThat(schema.getValue().has("example")).as(schema.getKey()).isTrue());
  }

  private static void assertKeysDocumented(JsonNode served, JsonNode schema) {
    Set<String> keys = new HashSet<>();
    served.fieldNames().forEachRemaining(keys::add);
    Set<String> properties = new HashSet<>();
    for (Iterator<String> names = schema.get("properties").fieldNames(); names.hasNext(); ) {
      properties.add(names.next());
    }
    assertThat(keys).isNotEmpty().isEqualTo(properties);
  }
}
