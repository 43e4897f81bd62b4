package stockassistant.adapters.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import stockassistant.adapters.web.http.MediaTypes;
import stockassistant.adapters.web.http.BearerAuth;
import stockassistant.adapters.web.http.Route;

/**
 * The OpenAPI 3 document, generated from the route table Javalin serves, so every served route
 * is documented and nothing documented is missing. Schemas are in {@link Schemas}, the problem
 * answers every operation can give in {@link ProblemResponses}.
 */
public final class OpenApiDocument {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Each resource's tag, in the order the docs page lists them. */
  private static final Map<String, String> TAGS = tags();

  private OpenApiDocument() {}

  /** The document of a server whose reads are open (the default on loopback). */
  public static ObjectNode build(List<Route> routes) {
    return build(routes, false);
  }

  /** @param readsNeedToken HTTP_READS_NEED_TOKEN: reads but the health probes declare the token */
  public static ObjectNode build(List<Route> routes, boolean readsNeedToken) {
    ObjectNode root = NODES.objectNode();
    root.put("openapi", "3.0.3");
    ObjectNode info = root.putObject("info");
    info.put("title", "Stock Assistant API");
    info.put("version", "1");
    info.putObject("contact").put("name", "Stock Assistant maintainers")
        .put("url", "https://stock-assistant.dev");
    info.put("description", "A-share stocks, daily bars with valuation indicators, quarterly "
        + "finance indicators and LLM endpoint configs, in PostgreSQL. Errors are RFC 9457 "
        + "problem JSON. Dates in requests are `YYYY-MM-DD` or `YYYYMMDD`; in responses "
        + "`YYYY-MM-DD`. Lists answer CSV too when asked with `Accept: text/csv`. Writes need "
        + "`Authorization: Bearer <token>` when the server has `STOCK_API_TOKEN` set.");
    // relative: the server that serves this document, whatever its host and port
    root.putArray("servers").addObject().put("url", "/").put("description", "this server");
    ArrayNode tags = root.putArray("tags");
    TAGS.forEach((name, description) -> tags.addObject().put("name", name)
        .put("description", description));
    ObjectNode schemas = Schemas.all();
    ObjectNode paths = root.putObject("paths");
    for (Route route : routes) {
      ObjectNode path = paths.has(route.path()) ? (ObjectNode) paths.get(route.path())
          : paths.putObject(route.path());
      path.set(route.method().name().toLowerCase(Locale.ROOT), operation(route, schemas, readsNeedToken));
    }
    ObjectNode components = root.putObject("components");
    components.set("schemas", schemas);
    components.putObject("securitySchemes").putObject(ProblemResponses.SECURITY_SCHEME)
        .put("type", "http").put("scheme", "bearer")
        .put("description", "the server's STOCK_API_TOKEN; writes need it when it is set");
    return root;
  }

  private static ObjectNode operation(Route route, ObjectNode schemas, boolean readsNeedToken) {
    if (route.operationId() == null || !TAGS.containsKey(route.tag())) {
      throw new IllegalStateException(route.method() + " " + route.path()
          + " needs an operationId and one of the tags " + TAGS.keySet());
    }
    ObjectNode operation = NODES.objectNode();
    operation.putArray("tags").add(route.tag());
    operation.put("summary", route.summary());
    operation.put("description", route.description() == null ? route.summary()
        : route.description());
    operation.put("operationId", route.operationId());
    if (!route.params().isEmpty()) {
      ArrayNode parameters = operation.putArray("parameters");
      route.params().forEach(param -> parameters.add(parameter(param)));
    }
    if (!route.bodies().isEmpty()) {
      ObjectNode content = operation.putObject("requestBody").put("required", true)
          .putObject("content");
      route.bodies().forEach((type, schema) -> content.set(type, body(type, schema, schemas)));
    }
    ArrayNode security = operation.putArray("security");
    if (route.isWrite() || readsNeedToken && !BearerAuth.isOpen(route.path())
        && !route.answersEverythingInBody()) {
      security.addObject().putArray(ProblemResponses.SECURITY_SCHEME);
    }
    ObjectNode responses = operation.putObject("responses");
    route.responses().forEach((status, description) -> {
      if (status < 400) {
        responses.set(String.valueOf(status), success(route, status, description, schemas));
      }
    });
    ProblemResponses.of(route).forEach((status, response) ->
        responses.set(String.valueOf(status), response));
    return operation;
  }

  private static ObjectNode body(String type, String schema, ObjectNode schemas) {
    boolean array = schema.endsWith("[]");
    String item = array ? schema.substring(0, schema.length() - 2) : schema;
    if (type.equals(MediaTypes.CSV)) {
      return csv(NODES.arrayNode().add(schemas.get(item).get("example")));
    }
    ObjectNode media = NODES.objectNode();
    if (array) {
      media.putObject("schema").put("type", "array").set("items", SchemaSet.ref(item));
      media.putArray("example").add(schemas.get(item).get("example"));
    } else {
      media.set("schema", SchemaSet.ref(item));
    }
    return media;
  }

  private static ObjectNode parameter(Route.Param param) {
    ObjectNode p = NODES.objectNode();
    p.put("name", param.name());
    p.put("in", param.in());
    p.put("required", param.required());
    p.put("description", param.description());
    p.set("schema", switch (param.type()) {
      case INTEGER -> NODES.objectNode().put("type", "integer").put("format", "int32");
      case DATE -> SchemaSet.string().put("pattern", Schemas.DATE_PATTERN);
      case THIRD_CODE -> SchemaSet.code();
      case STRING, THIRD_CODES -> SchemaSet.string();
    });
    if (param.type() == Route.Param.Type.INTEGER) {
      p.put("example", Integer.parseInt(param.example()));
    } else {
      p.put("example", param.example());
    }
    return p;
  }

  private static ObjectNode success(Route route, int status, String description,
      ObjectNode schemas) {
    ObjectNode response = NODES.objectNode().put("description", description);
    if (status == 204) {
      return response;
    }
    ObjectNode content = response.putObject("content");
    String schema = route.responseSchema();
    if (schema == null) {
      ObjectNode media = content.putObject(route.responseType());
      media.set("schema", route.responseType().equals(MediaTypes.JSON)
          ? NODES.objectNode().put("type", "object")
          : SchemaSet.string().put("format", route.responseType().startsWith("image/")
              ? "binary" : "text"));
      return response;
    }
    content.putObject(MediaTypes.JSON).set("schema", SchemaSet.ref(schema));
    // every list is an ItemStream, which answers CSV when asked
    if (schema.endsWith("List")) {
      content.set(MediaTypes.CSV, csv(schemas.get(schema).get("example").get("items")));
    }
    return response;
  }

  /** A CSV media type whose example is the header and rows of the JSON example. */
  private static ObjectNode csv(JsonNode rows) {
    List<String> header = new ArrayList<>();
    var lines = new StringBuilder();
    for (JsonNode row : rows) {
      header.clear();
      List<String> cells = new ArrayList<>();
      row.fields().forEachRemaining(field -> {
        header.add(field.getKey());
        cells.add(cell(field.getValue()));
      });
      lines.append(String.join(",", cells)).append('\n');
    }
    ObjectNode media = NODES.objectNode();
    media.set("schema", SchemaSet.string().put("description", "a header row, then one row per "
        + "record; an empty cell is null"));
    media.put("example", String.join(",", header) + "\n" + lines);
    return media;
  }

  private static String cell(JsonNode value) {
    if (value.isNull()) {
      return "";
    }
    if (value.isArray()) {
      var parts = new ArrayList<String>();
      value.forEach(part -> parts.add(part.asText()));
      return String.join(";", parts);
    }
    String text = value.asText();
    return text.contains(",") || text.contains("\"")
        ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }

  private static Map<String, String> tags() {
    var tags = new LinkedHashMap<String, String>();
    tags.put("Stocks", "The stock list (stock_info) and its finance-sync bookkeeping");
    tags.put("Quotes", "Daily bars (stock_daily): prices, adjustment factors, valuation");
    tags.put("Finance", "Quarterly finance indicators (stock_finance)");
    tags.put("LLM configs", "LLM endpoints the assistant may call; api_key is write-only");
    tags.put("Tushare", "Tushare Pro's protocol over this service's data: point a Tushare "
        + "client's URL at /tushare; the token travels in the body, every answer is HTTP 200");
    tags.put("Quality", "The data-quality audit and the datasets' freshness");
    tags.put("Sync", "The Tushare Pro sync that fills and keeps the store current: its status, "
        + "and a run started now");
    tags.put("Operations", "Liveness, readiness and metrics");
    tags.put("Backups", "The backups made by `backup` and serve's schedule (STOCK_BACKUP_AT)");
    tags.put("Dashboard", "The page operators and analysts look at: pool, breaker, traffic, charts");
    tags.put("Documentation", "This document and its pages");
    return tags;
  }
}
