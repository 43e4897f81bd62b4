package stockassistant.adapters.web.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import stockassistant.adapters.web.codec.Json;

/** Writes a problem as the response, replacing whatever the handler had set. */
public final class ProblemWriter {
  private ProblemWriter() {}

  public static void write(Context ctx, Problem problem) {
    String body;
    try {
      body = Json.MAPPER.writeValueAsString(problem);
    } catch (JsonProcessingException impossible) {
      body = "{\"type\":\"about:blank\",\"title\":\"Error\",\"status\":" + problem.status() + "}";
    }
    ctx.status(problem.status());
    ctx.contentType(Problem.MEDIA_TYPE);
    ctx.result(body);
  }
}
