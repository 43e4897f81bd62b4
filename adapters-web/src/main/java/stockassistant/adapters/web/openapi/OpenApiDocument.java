package stockassistant.adapters.web.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import stockassistant.adapters.web.http.BearerAuth;
import stockassistant.adapters.web.http.Route;

/**
 * The OpenAPI 3 document, generated from the route table Javalin serves, so every served route
 * is documented and nothing documented is missing. Schemas are summarised in {@link Schemas}.
 */
public final class OpenApiDocument {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private OpenApiDocument() {}

  public static ObjectNode build(List<Route> routes, boolean writesNeedToken,
      boolean readsNeedToken) {
    ObjectNode root = NODES.objectNode();
    root.put("openapi", "3.0.3");
    ObjectNode info = root.putObject("info");
    info.put("title", "Stock Assistant API");
    info.put("version", "1");
    info.put("description", "A-share stocks, daily bars with valuation indicators, quarterly "
        + "finance indicators and LLM endpoint configs. Errors are RFC 9457 problem JSON.");
    ObjectNode paths = root.putObject("paths");
    for (Route route : routes) {
      ObjectNode path = paths.has(route.path()) ? (ObjectNode) paths.get(route.path())
          : paths.putObject(route.path());
      boolean needsToken = route.isWrite() ? writesNeedToken
          : readsNeedToken && !BearerAuth.isOpen(route.path());
      path.set(route.method().name().toLowerCase(Locale.ROOT), operation(route, needsToken));
    }
    ObjectNode components = root.putObject("components");
    components.set("schemas", Schemas.all());
    ObjectNode bearer = components.putObject("securitySchemes").putObject("bearer");
    bearer.put("type", "http");
    bearer.put("scheme", "bearer");
    return root;
  }

  private static ObjectNode operation(Route route, boolean needsToken) {
    ObjectNode operation = NODES.objectNode();
    operation.put("summary", route.summary());
    operation.put("operationId", route.method().name().toLowerCase(Locale.ROOT)
        + route.path().replaceAll("[^A-Za-z0-9]+", "_"));
    if (!route.params().isEmpty()) {
      ArrayNode parameters = operation.putArray("parameters");
      for (Route.Param param : route.params()) {
        ObjectNode p = parameters.addObject();
        p.put("name", param.name());
        p.put("in", param.in());
        p.put("required", param.required());
        p.put("description", param.description());
        p.putObject("schema").put("type", param.type());
      }
    }
    if (!route.bodyTypes().isEmpty()) {
      ObjectNode content = operation.putObject("requestBody").put("required", true)
          .putObject("content");
      for (String type : route.bodyTypes()) {
        content.putObject(type).putObject("schema").put("$ref", ref(route.bodySchema()));
      }
    }
    if (needsToken) {
      operation.putArray("security").addObject().putArray("bearer");
    }
    ObjectNode responses = operation.putObject("responses");
    route.responses().forEach((status, description) -> {
      ObjectNode response = responses.putObject(String.valueOf(status));
      response.put("description", description);
      if (status < 300 && status != 204 && route.responseSchema() != null) {
        ObjectNode content = response.putObject("content");
        content.putObject("application/json").putObject("schema")
            .put("$ref", ref(route.responseSchema()));
        if (route.responseSchema().endsWith("List")) {
          content.putObject("text/csv").putObject("schema").put("type", "string");
        }
      } else if (status >= 400) {
        response.putObject("content").putObject("application/problem+json")
            .putObject("schema").put("$ref", ref("Problem"));
      }
    });
    for (int status : new int[] {503, 504}) {
      ObjectNode response = responses.putObject(String.valueOf(status));
      response.put("description", status == 503
          ? "database unavailable or circuit open (Retry-After header)"
          : "query exceeded the statement timeout");
      response.putObject("content").putObject("application/problem+json")
          .putObject("schema").put("$ref", ref("Problem"));
    }
    return operation;
  }

  private static String ref(String schema) {
    return "#/components/schemas/" + schema;
  }
}
