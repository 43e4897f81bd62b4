package stockassistant.adapters.web.tushare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The OpenAPI component schemas of {@code /tushare}: the request, the answer, the api list. */
public final class TushareSchemas {
  private TushareSchemas() {}

  /** Adds TushareRequest and TushareResponse to the document's component schemas. */
  public static void addTo(ObjectNode schemas) {
    ObjectNode request = schemas.putObject("TushareRequest");
    request.put("type", "object");
    request.put("description", "What Tushare's Python client posts. Besides each api's own "
        + "params, every api takes limit and offset. Dates are YYYYMMDD; an empty value is "
        + "as good as absent; ts_code may list several codes separated by commas.");
    request.putArray("required").add("api_name");
    ObjectNode properties = request.putObject("properties");
    ObjectNode apiName = properties.putObject("api_name").put("type", "string");
    ArrayNode names = apiName.putArray("enum");
    var apis = new StringBuilder();
    for (TushareApi<?> api : TushareRoutes.definitions(null, null, null, null)) {
      names.add(api.name());
      apis.append(api.name()).append(": ").append(api.description()).append("; params ")
          .append(String.join(", ", api.params())).append("; default fields ")
          .append(String.join(",", api.columns().defaultNames())).append("; all fields ")
          .append(String.join(",", api.columns().names())).append(". ");
    }
    apiName.put("description", apis.toString().trim());
    properties.putObject("token").put("type", "string").put("nullable", true)
        .put("description", "must equal STOCK_API_TOKEN when the service has one");
    properties.putObject("params").put("type", "object").put("nullable", true)
        .putObject("additionalProperties");
    // documented as the string Tushare's client sends; a JSON list of names is read too (one
    // schema, not oneOf: generated clients turn string-or-array into code that does not compile)
    properties.putObject("fields").put("type", "string").put("nullable", true)
        .put("description", "the fields to answer, in order, comma-separated (a JSON list of "
            + "names is read too); empty or absent: the api's default fields");
    ObjectNode asked = request.putObject("example").put("api_name", "daily")
        .put("token", "your-token").put("fields", "ts_code,trade_date,close");
    asked.putObject("params").put("ts_code", "000001.SZ").put("start_date", "20240102")
        .put("end_date", "20240131");

    ObjectNode response = schemas.putObject("TushareResponse");
    response.put("type", "object");
    response.put("description", "Always HTTP 200. code 0: data holds the rows, newest first. "
        + "Otherwise data is null and msg says why: 40001 bad body or parameter, 40002 unknown "
        + "api_name, 40101 missing or wrong token, 41300 body too large, 50301 database "
        + "unavailable, 50401 query timed out, 50701 database out of disk space, 50000 unexpected.");
    ArrayNode required = response.putArray("required");
    required.add("request_id").add("code").add("msg").add("data");
    ObjectNode answer = response.putObject("properties");
    answer.putObject("request_id").put("type", "string");
    answer.putObject("code").put("type", "integer");
    answer.putObject("msg").put("type", "string");
    ObjectNode data = answer.putObject("data").put("type", "object").put("nullable", true);
    data.putArray("required").add("fields").add("items").add("has_more");
    ObjectNode dataProperties = data.putObject("properties");
    dataProperties.putObject("fields").put("type", "array").putObject("items")
        .put("type", "string");
    dataProperties.putObject("items").put("type", "array")
        .put("description", "one array per row, values in the order of fields; dates as "
            + "YYYYMMDD strings, missing values null")
        .putObject("items").put("type", "array").putObject("items");
    dataProperties.putObject("has_more").put("type", "boolean")
        .put("description", "true when limit cut the answer short");
    ObjectNode answered = response.putObject("example").put("request_id", "7f3c9a2e")
        .put("code", 0).put("msg", "");
    ObjectNode rows = answered.putObject("data");
    rows.putArray("fields").add("ts_code").add("trade_date").add("close");
    rows.putArray("items").addArray().add("000001.SZ").add("20240102").add(9.21);
    rows.put("has_more", false);
  }
}
