package stockassistant.bootstrap.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import stockassistant.adapters.web.WebSettings;

class TushareExampleTest {
  @Test
  void pointsTheClientsUrlAtThisServicesTushareEndpoint() {
    var web = new WebSettings("127.0.0.1", 7070, null, 64);

    assertThat(TushareExample.url(web)).isEqualTo("http://127.0.0.1:7070/tushare");
    assertThat(TushareExample.python(web)).containsExactly(
        "pro = ts.pro_api(\"any-token\"); pro._DataApi__http_url = \"http://127.0.0.1:7070/tushare\"",
        "df = pro.daily(ts_code=\"000001.SZ\", start_date=\"20240101\", end_date=\"20241231\")");
  }

  @Test
  void namesTheTokenWithoutPrintingIt() {
    var web = new WebSettings("::1", 8080, "s3cret", 64);

    assertThat(TushareExample.url(web)).isEqualTo("http://[::1]:8080/tushare");
    assertThat(String.join("\n", TushareExample.python(web))).contains("<STOCK_API_TOKEN>")
        .doesNotContain("s3cret");
  }
}
