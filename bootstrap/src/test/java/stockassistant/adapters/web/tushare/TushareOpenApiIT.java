package stockassistant.adapters.web.tushare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.web.support.ApiTest;

/** The served OpenAPI document describes /tushare: request, answer, every api_name. */
class TushareOpenApiIT extends ApiTest {
  @Test
  void documentsTheRequestTheAnswerAndEveryApiName() {
    JsonNode spec = http.get("/api/v1/openapi.json").json();

    for (String path : new String[] {"/tushare", "/tushare/{api_name}"}) {
      JsonNode post = spec.at("/paths/" + path.replace("/", "~1") + "/post");
      assertThat(post.at("/requestBody/content/application~1json/schema/$ref").asText())
          .as(path).isEqualTo("#/components/schemas/TushareRequest");
      assertThat(post.at("/responses/200/content/application~1json/schema/$ref").asText())
          .isEqualTo("#/components/schemas/TushareResponse");
    }
    JsonNode request = spec.at("/components/schemas/TushareRequest");
    var names = new ArrayList<String>();
    request.at("/properties/api_name/enum").forEach(name -> names.add(name.asText()));
    assertThat(names).containsExactlyInAnyOrder("stock_basic", "daily", "daily_basic",
        "adj_factor", "weekly", "monthly", "fina_indicator", "trade_cal", "suspend_d");
    assertThat(request.at("/properties/api_name/description").asText())
        .contains("daily: daily bars").contains("default fields ts_code,trade_date,open");
    assertThat(spec.at("/components/schemas/TushareResponse/properties/data/properties/has_more/type")
        .asText()).isEqualTo("boolean");
  }
}
