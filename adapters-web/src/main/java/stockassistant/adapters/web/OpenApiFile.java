package stockassistant.adapters.web;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import stockassistant.adapters.web.sync.SyncRoutes;
import stockassistant.adapters.web.codec.Json;
import stockassistant.adapters.web.openapi.OpenApiDocument;

/**
 * Writes the document of the routes {@link HttpApi} serves to a file, for build tools that need
 * it before any server runs (the client generator). The facades are absent: building the route
 * table only names handlers, it never calls them, and nothing is started.
 */
public final class OpenApiFile {
  private OpenApiFile() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: OpenApiFile OUTPUT.json");
    }
    var api = new HttpApi(null, null, null, null, null, null, null,
        new WebSettings("127.0.0.1", 0, null, 1), new MetricRegistry(), new HealthCheckRegistry(), null)
        .add(new SyncRoutes(null, false, 1).routes());
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.toFile(),
        OpenApiDocument.build(api.routes()));
  }
}
