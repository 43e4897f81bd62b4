package stockassistant.adapters.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.web.support.ApiTest;

/** The page and its files come from the jar: no CDN, revalidated by ETag, gzipped once. */
class DashboardRoutesIT extends ApiTest {

  @Test
  void servesThePageWithAPolicyThatAllowsOnlyThisServersScripts() {
    var page = http.get("/dashboard");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
    assertThat(page.body()).contains("/dashboard/assets/echarts.min.js").contains("/dashboard/assets/ops.js")
        .contains("/dashboard/assets/stock.js").doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void everyScriptAndStyleThePageNamesIsServedFromTheJar() {
    for (String file : new String[] {"dashboard.css", "common.js", "ops.js", "stock.js", "echarts.min.js"}) {
      var asset = http.get("/dashboard/assets/" + file);
      assertThat(asset.status()).as(file).isEqualTo(200);
      assertThat(asset.header("ETag")).as(file).isNotBlank();
      assertThat(asset.body()).as(file).doesNotContain("//cdn.").doesNotContain("googleapis");
    }
    assertThat(http.get("/dashboard/assets/echarts.min.js").body()).contains("candlestick");
  }

  @Test
  void anUnchangedFileIsA304AndGzipIsSentWhenAccepted() throws Exception {
    var first = http.get("/dashboard/assets/echarts.min.js");
    var again = http.get("/dashboard/assets/echarts.min.js", "If-None-Match", first.header("ETag"));
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();

    HttpResponse<byte[]> zipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.api().port() + "/dashboard/assets/echarts.min.js"))
        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(zipped.body().length).isLessThan(first.body().length() / 2);
    assertThat(gunzip(zipped.body())).isEqualTo(first.body());
  }

  @Test
  void aFileNotOnTheListIsA404ProblemEvenWithATraversalAttempt() {
    http.get("/dashboard/assets/secret.properties").isProblem(404, "secret.properties");
    assertThat(http.get("/dashboard/assets/..%2F..%2Fapplication.conf").status()).isEqualTo(404);
  }

  @Test
  void theDocsPageLinksToTheDashboard() {
    assertThat(http.get("/api/v1/docs").body()).contains("href=\"/dashboard\"");
  }

  private static String gunzip(byte[] bytes) throws IOException {
    try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
