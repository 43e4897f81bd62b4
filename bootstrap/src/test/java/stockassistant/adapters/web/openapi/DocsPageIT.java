package stockassistant.adapters.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.web.support.ApiTest;

/** Swagger UI at /api/v1/docs, with everything it loads served by the service itself. */
class DocsPageIT extends ApiTest {
  private static final Pattern LOADED = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

  @Test
  void thePageLoadsOnlyFilesTheServiceServes() {
    var page = http.get("/api/v1/docs");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    Matcher loaded = LOADED.matcher(page.body());
    int files = 0;
    while (loaded.find()) {
      String url = loaded.group(1);
      assertThat(url).as("offline: no CDN").startsWith("/");
      var file = http.get(url);
      assertThat(file.status()).as(url).isEqualTo(200);
      assertThat(file.body()).as(url).isNotEmpty();
      files++;
    }
    assertThat(files).as("icon, stylesheet, bundle, set-up script, openapi link").isGreaterThanOrEqualTo(4);
    assertThat(http.get("/api/v1/docs/swagger-ui-bundle.js").header("Content-Type"))
        .startsWith("text/javascript");
  }

  @Test
  void swaggerUiReadsThisDocumentWithTryItOutAndNoOnlineValidator() {
    String setup = http.get("/api/v1/docs/docs.js").body();
    assertThat(setup).contains("url: \"/api/v1/openapi.json\"").contains("tryItOutEnabled: true")
        .contains("validatorUrl: null").doesNotContain("http");
  }

  @Test
  void servesAFaviconAndNoOtherFileOfTheClasspath() {
    var icon = http.get("/favicon.ico");
    assertThat(icon.status()).isEqualTo(200);
    assertThat(icon.header("Content-Type")).isEqualTo("image/x-icon");
    assertThat(icon.body().substring(0, 4)).isEqualTo("\0\0\1\0");

    http.get("/api/v1/docs/pom.properties").isProblem(404, "pom.properties");
    http.get("/api/v1/docs/..%2F..%2Flogback.xml").isProblem(404, "logback.xml");
  }
}
