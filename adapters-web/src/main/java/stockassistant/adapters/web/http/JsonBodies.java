package stockassistant.adapters.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import stockassistant.adapters.web.codec.Json;
import stockassistant.domain.InvalidField;

/** A small JSON body (one record, a command), read within the body limit; NaN refused by name. */
public final class JsonBodies {
  private JsonBodies() {}

  public static JsonNode read(Context ctx, long maxBody) throws IOException {
    try (InputStream body = LimitedBody.of(ctx, maxBody)) {
      JsonNode node = Json.readBody(body);
      if (node == null || node.isMissingNode()) {
        throw new InvalidField("body", "is empty; a JSON body is required");
      }
      return node;
    }
  }
}
