package stockassistant.adapters.web.tushare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import stockassistant.domain.InvalidField;

/**
 * What Tushare's Python client posts: {@code {"api_name", "token", "params", "fields"}}, with
 * {@code fields} a comma-separated string (the client's default is ""), a list of names, or
 * absent. Newer clients also put the api_name at the end of the URL they post to.
 */
record TushareRequest(String apiName, String token, JsonNode params, List<String> fields) {

  /** @param apiNameInPath the api_name at the end of the URL, or null */
  static TushareRequest of(JsonNode body, String apiNameInPath) {
    if (body == null || body.isMissingNode() || !body.isObject()) {
      throw new InvalidField("body", "must be a JSON object {\"api_name\", \"token\", \"params\", "
          + "\"fields\"}");
    }
    return new TushareRequest(apiName(body.get("api_name"), apiNameInPath),
        text("token", body.get("token")), body.get("params"), fields(body.get("fields")));
  }

  private static String apiName(JsonNode given, String inPath) {
    String named = text("api_name", given);
    if (named != null && inPath != null && !named.equals(inPath)) {
      throw new InvalidField("api_name", "the body names '" + named + "' and the URL '" + inPath
          + "'; name one api");
    }
    String apiName = named != null ? named : inPath;
    if (apiName == null || apiName.isBlank()) {
      throw new InvalidField("api_name", "is required, e.g. \"daily\"");
    }
    return apiName.trim();
  }

  private static String text(String field, JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidField(field, "must be a string");
    }
    return value.asText();
  }

  private static List<String> fields(JsonNode value) {
    var names = new ArrayList<String>();
    if (value == null || value.isNull()) {
      return names;
    }
    if (value.isTextual()) {
      for (String name : value.asText().split(",")) {
        add(names, name);
      }
      return names;
    }
    if (value.isArray()) {
      for (JsonNode name : value) {
        if (!name.isTextual()) {
          throw new InvalidField("fields", "must list field names as strings");
        }
        add(names, name.asText());
      }
      return names;
    }
    throw new InvalidField("fields", "must be a comma-separated string or a list of field names");
  }

  private static void add(List<String> names, String name) {
    if (!name.isBlank()) {
      names.add(name.trim());
    }
  }
}
