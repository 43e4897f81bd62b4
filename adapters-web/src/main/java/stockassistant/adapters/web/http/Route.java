package stockassistant.adapters.web.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
  private final List<String> bodyTypes = new ArrayList<>();
  private final Map<Integer, String> responses = new LinkedHashMap<>();
  private String responseSchema;
  private String bodySchema;

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

  public Route pathParam(String name, String description) {
    params.add(new Param(name, "path", true, "string", description));
    return this;
  }

  public Route query(String name, String type, boolean required, String description) {
    params.add(new Param(name, "query", required, type, description));
    return this;
  }

  public Route body(String schema, String... contentTypes) {
    bodySchema = schema;
    bodyTypes.addAll(List.of(contentTypes));
    return this;
  }

  public Route returns(String schema) {
    responseSchema = schema;
    return this;
  }

  public Route responds(int status, String description) {
    responses.put(status, description);
    return this;
  }

  public boolean isWrite() {
    return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.DELETE;
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

  public Handler handler() {
    return handler;
  }

  public List<Param> params() {
    return params;
  }

  public List<String> bodyTypes() {
    return bodyTypes;
  }

  public String bodySchema() {
    return bodySchema;
  }

  public String responseSchema() {
    return responseSchema;
  }

  public Map<Integer, String> responses() {
    return responses;
  }

  public record Param(String name, String in, boolean required, String type, String description) {}
}
