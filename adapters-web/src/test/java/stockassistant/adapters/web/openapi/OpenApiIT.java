package stockassistant.adapters.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.web.support.ApiTest;
import stockassistant.adapters.web.http.Route;

/** The served document against the real router, both ways. */
class OpenApiIT extends ApiTest {
  @Test
  void everyServedRouteIsDocumentedAndEveryDocumentedRouteIsServed() {
    JsonNode spec = http.get("/api/v1/openapi.json").json();
    assertThat(spec.get("openapi").asText()).startsWith("3.");

    Set<String> documented = new HashSet<>();
    spec.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    Set<String> served = new HashSet<>();
    for (Route route : server.api().routes()) {
      served.add(route.method().name() + " " + route.path());
    }
    assertThat(documented).isEqualTo(served);

    // and each documented operation reaches a handler: not Javalin's 404 or 405
    for (String operation : documented) {
      String method = operation.substring(0, operation.indexOf(' '));
      String path = operation.substring(operation.indexOf(' ') + 1)
          .replace("{third_code}", "000001.SZ").replace("{symbol}", "000001").replace("{alias}", "probe")
          .replace("{file}", "ops.js");
      var response = http.send(method, path, method.equals("GET") || method.equals("DELETE") ? null : "{}",
          method.equals("GET") || method.equals("DELETE") ? null : "application/json");
      assertThat(response.status()).as(operation + " -> " + response.body()).isNotIn(405);
      if (response.status() == 404) {
        assertThat(response.json().get("detail").asText()).as(operation).doesNotStartWith("no resource at");
      }
    }
  }

  @Test
  void everyOperationDocumentsItsProblems() {
    JsonNode spec = http.get("/api/v1/openapi.json").json();
    spec.get("paths").forEach(path -> path.forEach(operation -> {
      assertThat(operation.get("responses").has("503")).isTrue();
      assertThat(operation.get("summary").asText()).isNotBlank();
    }));
    assertThat(spec.at("/components/schemas/Bar/properties/pct_chg/type").asText()).isEqualTo("number");
  }
}
