package stockassistant.adapters.web.tushare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import stockassistant.adapters.web.support.Http;

/**
 * Does over the socket what Tushare's Python client ({@code tushare/pro/client.py},
 * {@code DataApi.query}) does: posts {@code {"api_name","token","params","fields"}} as JSON, with
 * {@code fields} a string ("" by default), to its URL (newer clients: URL/api_name), then fails
 * on a non-zero {@code code} with {@code msg}, and reads {@code data.fields} as the column names
 * and {@code data.items} as the rows.
 */
final class TushareClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Http http;
  private final String token;
  private final boolean apiNameInUrl;

  TushareClient(Http http, String token, boolean apiNameInUrl) {
    this.http = http;
    this.token = token;
    this.apiNameInUrl = apiNameInUrl;
  }

  /** {@code pro.query(api_name, fields=fields, **params)}; params as name, value pairs. */
  Frame query(String apiName, String fields, Object... params) {
    JsonNode answer = post(apiName, fields, params);
    if (answer.get("code").asInt() != 0) {
      throw new TushareError(answer.get("code").asInt(), answer.get("msg").asText());
    }
    JsonNode data = answer.get("data");
    var columns = new ArrayList<String>();
    data.get("fields").forEach(name -> columns.add(name.asText()));
    var rows = new ArrayList<List<JsonNode>>();
    for (JsonNode item : data.get("items")) {
      var row = new ArrayList<JsonNode>();
      item.forEach(row::add);
      assertThat(row).as("each row has a value per field").hasSize(columns.size());
      rows.add(row);
    }
    return new Frame(columns, rows, data.get("has_more").asBoolean());
  }

  /** The whole answer, whatever its code; always HTTP 200, as Tushare answers. */
  JsonNode post(String apiName, String fields, Object... params) {
    var body = new LinkedHashMap<String, Object>();
    body.put("api_name", apiName);
    body.put("token", token);
    var kwargs = new LinkedHashMap<String, Object>();
    for (int i = 0; i + 1 < params.length; i += 2) {
      kwargs.put((String) params[i], params[i + 1]);
    }
    body.put("params", kwargs);
    body.put("fields", fields);
    try {
      return postRaw(JSON.writeValueAsString(body), apiNameInUrl ? "/tushare/" + apiName : "/tushare");
    } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  JsonNode postRaw(String body, String path) {
    Http.Response response = http.postJson(path, body);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/json");
    JsonNode answer = response.json();
    assertThat(answer.get("request_id").asText()).isNotEmpty();
    if (answer.get("code").asInt() != 0) {
      assertThat(answer.get("data").isNull()).as("data is null on failure").isTrue();
      assertThat(answer.get("msg").asText()).isNotBlank();
      assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ")
          .doesNotContainIgnoringCase("select ");
    } else {
      assertThat(answer.get("msg").asText()).isEmpty();
    }
    return answer;
  }

  /** What {@code pd.DataFrame(items, columns=fields)} holds. */
  record Frame(List<String> columns, List<List<JsonNode>> rows, boolean hasMore) {
    JsonNode at(int row, String column) {
      int index = columns.indexOf(column);
      assertThat(index).as("column " + column + " in " + columns).isNotNegative();
      return rows.get(row).get(index);
    }

    List<String> texts(String column) {
      var values = new ArrayList<String>();
      for (int row = 0; row < rows.size(); row++) {
        values.add(at(row, column).isNull() ? null : at(row, column).asText());
      }
      return values;
    }

    Map<String, JsonNode> row(int row) {
      var values = new LinkedHashMap<String, JsonNode>();
      for (int column = 0; column < columns.size(); column++) {
        values.put(columns.get(column), rows.get(row).get(column));
      }
      return values;
    }
  }

  /** What the client raises: {@code Exception(result['msg'])}. */
  static final class TushareError extends RuntimeException {
    private final int code;

    TushareError(int code, String message) {
      super(message);
      this.code = code;
    }

    int code() {
      return code;
    }
  }
}
