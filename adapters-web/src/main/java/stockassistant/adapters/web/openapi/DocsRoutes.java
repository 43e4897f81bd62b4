package stockassistant.adapters.web.openapi;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import stockassistant.adapters.web.codec.Json;
import stockassistant.adapters.web.http.Route;

/** The contract as OpenAPI 3 JSON, and as a page a person can read in a browser. */
public final class DocsRoutes {
  private final Supplier<List<Route>> allRoutes;
  private final boolean writesNeedToken;

  public DocsRoutes(Supplier<List<Route>> allRoutes, boolean writesNeedToken) {
    this.allRoutes = allRoutes;
    this.writesNeedToken = writesNeedToken;
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/api/v1/openapi.json", "This API as an OpenAPI 3 document", this::openApi),
        Route.get("/api/v1/docs", "This API as a readable HTML page", this::page));
  }

  private void openApi(Context ctx) throws Exception {
    ctx.contentType("application/json").result(Json.MAPPER.writerWithDefaultPrettyPrinter()
        .writeValueAsString(OpenApiDocument.build(allRoutes.get(), writesNeedToken)));
  }

  private void page(Context ctx) {
    var html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Stock Assistant API</title><style>body{font-family:system-ui,sans-serif;"
        + "max-width:60rem;margin:2rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .2rem}"
        + "h2{font-size:1.05rem;margin-top:1.6rem}.m{display:inline-block;width:4.5rem;"
        + "font-weight:bold}ul{margin:.3rem 0}</style></head><body>"
        + "<h1>Stock Assistant API v1</h1><p>Errors are RFC 9457 problem JSON. Dates are "
        + "<code>YYYY-MM-DD</code> or <code>YYYYMMDD</code>. Lists accept "
        + "<code>Accept: text/csv</code>. Machine-readable: <a href=\"/api/v1/openapi.json\">"
        + "openapi.json</a>. Live view: <a href=\"/dashboard\">dashboard</a>.</p>");
    if (writesNeedToken) {
      html.append("<p>Writes need <code>Authorization: Bearer &lt;token&gt;</code>.</p>");
    }
    for (Route route : new ArrayList<>(allRoutes.get())) {
      html.append("<h2><span class=\"m\">").append(route.method().name()).append("</span><code>")
          .append(escape(route.path())).append("</code></h2><p>").append(escape(route.summary()))
          .append("</p>");
      if (!route.params().isEmpty()) {
        html.append("<ul>");
        for (Route.Param param : route.params()) {
          html.append("<li><code>").append(escape(param.name())).append("</code> (")
              .append(param.in()).append(param.required() ? ", required" : "").append(") ")
              .append(escape(param.description())).append("</li>");
        }
        html.append("</ul>");
      }
      html.append("<p>Responses: ").append(escape(String.join(", ",
          route.responses().keySet().stream().map(String::valueOf).toList()))).append("</p>");
    }
    ctx.contentType("text/html; charset=utf-8").result(html.append("</body></html>").toString());
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
