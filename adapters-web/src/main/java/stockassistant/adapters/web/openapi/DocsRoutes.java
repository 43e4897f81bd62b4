package stockassistant.adapters.web.openapi;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import stockassistant.adapters.web.codec.Json;
import stockassistant.adapters.web.errors.ApiError;
import stockassistant.adapters.web.http.MediaTypes;
import stockassistant.adapters.web.http.Route;

/**
 * The contract as OpenAPI 3 JSON, and Swagger UI over it at /api/v1/docs (with try-it-out),
 * served from the swagger-ui WebJar on the classpath: the page needs no network.
 */
public final class DocsRoutes {
  private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
  private static final String OWN = "stockassistant/adapters/web/openapi/";
  /** The files the page loads, by name, with their type; nothing else is read from disk. */
  private static final Map<String, String> ASSETS = Map.of(
      "swagger-ui.css", "text/css; charset=utf-8",
      "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
      "docs.js", "text/javascript; charset=utf-8");

  private final Supplier<List<Route>> allRoutes;
  private final boolean readsNeedToken;
  private final String webjarDir = WEBJAR + swaggerUiVersion() + "/";

  public DocsRoutes(Supplier<List<Route>> allRoutes, boolean readsNeedToken) {
    this.allRoutes = allRoutes;
    this.readsNeedToken = readsNeedToken;
  }

  public List<Route> routes() {
    return Route.tagged("Documentation",
        Route.get("/api/v1/openapi.json", "Get this document", this::openApi)
            .operationId("getOpenApiDocument")
            .describe("This API as an OpenAPI 3 document, generated from the routes served.")
            .returnsContent(MediaTypes.JSON),
        Route.get("/api/v1/docs", "Open the API docs page", this::page)
            .operationId("getDocsPage")
            .describe("Swagger UI over this document, with try-it-out; works offline.")
            .returnsContent("text/html"),
        Route.get("/api/v1/docs/{asset}", "Get a file of the docs page", this::asset)
            .operationId("getDocsAsset").describe("The scripts and styles the docs page loads.")
            .pathParam("asset", "a file name the page refers to", "swagger-ui.css").returnsContent("text/plain")
            .responds(404, "no such file"),
        Route.get("/favicon.ico", "Get the icon", this::favicon).operationId("getFavicon")
            .describe("The icon browsers show for the docs page.")
            .returnsContent("image/x-icon"));
  }

  private void openApi(Context ctx) throws Exception {
    ctx.contentType(MediaTypes.JSON).result(Json.MAPPER.writerWithDefaultPrettyPrinter()
        .writeValueAsString(OpenApiDocument.build(allRoutes.get(), readsNeedToken)));
  }

  private void page(Context ctx) {
    ctx.contentType("text/html; charset=utf-8").result(resource(OWN + "docs.html"));
  }

  private void asset(Context ctx) {
    String name = ctx.pathParam("asset");
    String type = ASSETS.get(name);
    if (type == null) {
      throw ApiError.notFound("no docs file " + name);
    }
    ctx.header("Cache-Control", "public, max-age=86400").contentType(type)
        .result(resource((name.equals("docs.js") ? OWN : webjarDir) + name));
  }

  private void favicon(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=86400").contentType("image/x-icon")
        .result(resource(OWN + "favicon.ico"));
  }

  private static InputStream resource(String path) {
    InputStream in = DocsRoutes.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing from the classpath: " + path);
    }
    return in;
  }

  private static String swaggerUiVersion() {
    try (InputStream in = resource("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      var properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
