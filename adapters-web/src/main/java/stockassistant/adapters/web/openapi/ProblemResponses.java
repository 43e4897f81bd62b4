package stockassistant.adapters.web.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import stockassistant.adapters.web.errors.Problem;
import stockassistant.adapters.web.errors.ProblemType;
import stockassistant.adapters.web.http.MediaTypes;
import stockassistant.adapters.web.http.Route;

/**
 * The failures one operation can answer: those its route declares, and those every route of
 * its kind shares (a write's 401, a body's 413 and 415, a query's 414, everyone's 405, 500 and
 * 503, and 504 where the database is read).
 */
final class ProblemResponses {
  static final String SECURITY_SCHEME = "bearerAuth";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ProblemResponses() {}

  static Map<Integer, ObjectNode> of(Route route) {
    var reasons = new TreeMap<Integer, String>();
    if (route.answersEverythingInBody()) {
      reasons.put(405, "this path does not take the method used");
      return responses(route, reasons);
    }
    route.responses().forEach((status, reason) -> {
      if (status >= 400) {
        reasons.put(status, reason);
      }
    });
    boolean body = !route.bodies().isEmpty();
    if (body || !route.params().isEmpty()) {
      reasons.putIfAbsent(400, "a parameter or the body is invalid; the field is named");
    }
    if (route.isWrite()) {
      reasons.put(401, "the bearer token is missing or wrong (when the server has one)");
    }
    reasons.put(405, "this path does not take the method used");
    if (route.params().stream().anyMatch(param -> param.in().equals("query"))) {
      reasons.put(414, "the request URI is longer than the server reads (64 KB)");
    }
    if (body) {
      reasons.put(413, "the body is larger than the server's limit (HTTP_MAX_BODY_MB)");
      reasons.put(415, "the Content-Type is not one this operation reads");
    }
    reasons.put(500, "an unexpected failure; it has been logged");
    boolean database = route.path().startsWith("/api/v1/") && !route.tag().equals("Documentation");
    reasons.merge(503, database
        ? "the database is unavailable, its pool exhausted or its circuit open, or the server "
            + "is shutting down; retry after Retry-After seconds"
        : "the server is shutting down; retry after Retry-After seconds",
        (own, shared) -> own + "; or " + shared);
    if (database) {
      reasons.put(504, "the query ran longer than the statement timeout; narrow the request");
      if (route.isWrite()) {
        reasons.put(507, "the database is out of disk space; nothing is stored until space is "
            + "freed (not retried: no Retry-After)");
      }
    }
    return responses(route, reasons);
  }

  private static Map<Integer, ObjectNode> responses(Route route, Map<Integer, String> reasons) {
    var responses = new TreeMap<Integer, ObjectNode>();
    reasons.forEach((status, reason) -> responses.put(status, response(route, status, reason)));
    return responses;
  }

  private static ObjectNode response(Route route, int status, String reason) {
    ObjectNode response = NODES.objectNode()
        .put("description", ProblemType.titleOf(status) + ": " + reason);
    ObjectNode content = response.putObject("content");
    if (route.answersWithBody(status)) {
      content.putObject(MediaTypes.JSON).set("schema", SchemaSet.ref(route.responseSchema()));
    }
    ObjectNode problem = content.putObject(Problem.MEDIA_TYPE);
    problem.set("schema", SchemaSet.ref("Problem"));
    problem.putObject("example").put("type", ProblemType.typeOf(status))
        .put("title", ProblemType.titleOf(status)).put("status", status).put("detail", reason);
    if (status == 503) {
      response.putObject("headers").putObject("Retry-After")
          .put("description", "seconds to wait before retrying")
          .putObject("schema").put("type", "integer").put("format", "int32");
    } else if (status == 401) {
      response.putObject("headers").putObject("WWW-Authenticate")
          .put("description", "Bearer, with error=\"invalid_token\" when the token is wrong")
          .putObject("schema").put("type", "string");
    }
    return response;
  }
}
