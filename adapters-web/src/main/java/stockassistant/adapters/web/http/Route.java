package stockassistant.adapters.web.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One endpoint: what Javalin serves and what the OpenAPI document says about it, from the same
 * object, so the document cannot list a route that is not served or miss one that is.
 */
public final class Route {
  private final HandlerType method;
  private final String path;
  private final String summary;
  private final Handler handler;
  private final List<Param> params = new ArrayList<>();
  private final Map<String, String> bodies = new LinkedHashMap<>();
  private final Map<Integer, String> responses = new LinkedHashMap<>();
  private final Set<Integer> failuresWithBody = new HashSet<>();
  private String operationId;
  private String tag;
  private String description;
  private String responseSchema;
  private String responseType = MediaTypes.JSON;
  private boolean answersInBody;

  private Route(HandlerType method, String path, String summary, Handler handler) {
    this.method = method;
    this.path = path;
    this.summary = summary;
    this.handler = handler;
  }

  public static Route get(String path, String summary, Handler handler) {
    return new Route(HandlerType.GET, path, summary, handler).responds(200, "OK");
  }

  public static Route post(String path, String summary, Handler handler) {
    return new Route(HandlerType.POST, path, summary, handler).responds(200, "OK");
  }

  public static Route put(String path, String summary, Handler handler) {
    return new Route(HandlerType.PUT, path, summary, handler).responds(200, "OK");
  }

  public static Route delete(String path, String summary, Handler handler) {
    return new Route(HandlerType.DELETE, path, summary, handler);
  }

  /** The routes of one resource, each filed under its tag in the document. */
  public static List<Route> tagged(String tag, Route... routes) {
    for (Route route : routes) {
      route.tag = tag;
    }
    return List.of(routes);
  }

  /** Whether a request changes data: the methods that need the bearer token. */
  public static boolean isWrite(HandlerType method) {
    return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.DELETE
        || method == HandlerType.PATCH;
  }

  /** The name generated clients give the call, e.g. {@code getPriceBars}. */
  public Route operationId(String id) {
    operationId = id;
    return this;
  }

  public Route describe(String text) {
    description = text;
    return this;
  }

  /** A code in the path: its shape is the description. */
  public Route pathCode(String name, String example) {
    params.add(new Param(name, "path", true, Param.Type.THIRD_CODE,
        "6 digits, a dot and the exchange (SH, SZ or BJ)", example));
    return this;
  }

  public Route pathParam(String name, String description, String example) {
    params.add(new Param(name, "path", true, Param.Type.STRING, description, example));
    return this;
  }

  public Route query(String name, Param.Type type, boolean required, String description,
      String example) {
    params.add(new Param(name, "query", required, type, description, example));
    return this;
  }

  /** A body this route reads: its media type and schema ({@code "Bar[]"}: an array of Bar). */
  public Route body(String contentType, String schema) {
    bodies.put(contentType, schema);
    return this;
  }

  public Route returns(String schema) {
    responseSchema = schema;
    return this;
  }

  /** A response that is not JSON (a page, a file, metrics text), with no schema. */
  public Route returnsContent(String contentType) {
    responseType = contentType;
    return this;
  }

  public Route responds(int status, String description) {
    responses.put(status, description);
    return this;
  }

  /** A failure status that answers with the route's own schema, not a problem. */
  public Route respondsWithBody(int status, String description) {
    failuresWithBody.add(status);
    return responds(status, description);
  }

  /**
   * A read that is posted, with its token in the body, and that answers every outcome with 200
   * and a code in the body (Tushare's protocol): no bearer token, no problem responses.
   */
  public Route answersInBody() {
    answersInBody = true;
    return this;
  }

  public boolean answersEverythingInBody() {
    return answersInBody;
  }

  public boolean isWrite() {
    return !answersInBody && isWrite(method);
  }

  public HandlerType method() {
    return method;
  }

  public String path() {
    return path;
  }

  public String summary() {
    return summary;
  }

  public String description() {
    return description;
  }

  public String operationId() {
    return operationId;
  }

  public String tag() {
    return tag;
  }

  public Handler handler() {
    return handler;
  }

  public List<Param> params() {
    return params;
  }

  /** Schema by media type, in the order documented; the first is what generated clients send. */
  public Map<String, String> bodies() {
    return bodies;
  }

  public String responseSchema() {
    return responseSchema;
  }

  public String responseType() {
    return responseType;
  }

  public Map<Integer, String> responses() {
    return responses;
  }

  public boolean answersWithBody(int status) {
    return failuresWithBody.contains(status);
  }

  /** A path or query parameter; the type decides its schema (a date takes both forms). */
  public record Param(String name, String in, boolean required, Type type, String description,
      String example) {
    public enum Type { STRING, INTEGER, DATE, THIRD_CODE, THIRD_CODES }
  }
}
