package stockassistant.adapters.web.llm;

import io.javalin.http.Context;
import java.util.List;
import stockassistant.adapters.web.codec.Fields;
import stockassistant.adapters.web.errors.ApiError;
import stockassistant.adapters.web.http.ItemStream;
import stockassistant.adapters.web.http.JsonBodies;
import stockassistant.adapters.web.http.MediaTypes;
import stockassistant.adapters.web.http.Responses;
import stockassistant.adapters.web.http.Route;
import stockassistant.application.llm.LlmConfigs;
import stockassistant.domain.llm.LlmConfig;

/** /api/v1/llm-configs: api_key goes in, and only ever comes out masked. */
public final class LlmConfigRoutes {
  private final LlmConfigs configs;
  private final long maxBody;

  public LlmConfigRoutes(LlmConfigs configs, long maxBody) {
    this.configs = configs;
    this.maxBody = maxBody;
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/api/v1/llm-configs", "All configs by priority then alias", this::list)
            .returns("LlmConfigList"),
        Route.get("/api/v1/llm-configs/{alias}", "One config", this::find)
            .pathParam("alias", "the name callers use").returns("LlmConfig")
            .responds(404, "unknown alias"),
        Route.put("/api/v1/llm-configs/{alias}", "Create or update; api_key required on create, "
            + "kept when absent on update", this::upsert)
            .pathParam("alias", "the name callers use").body("LlmConfigInput", MediaTypes.JSON)
            .returns("LlmConfig").responds(400, "invalid config"),
        Route.delete("/api/v1/llm-configs/{alias}", "Delete a config", this::delete)
            .pathParam("alias", "the name callers use").responds(204, "deleted")
            .responds(404, "unknown alias"));
  }

  private void list(Context ctx) {
    var stream = new ItemStream<>(ctx, LlmConfigCodec.COLUMNS);
    configs.list().forEach(stream);
    stream.finish();
  }

  private void find(Context ctx) {
    String alias = ctx.pathParam("alias");
    LlmConfig config = configs.find(alias)
        .orElseThrow(() -> ApiError.notFound("no LLM config " + alias));
    Responses.one(ctx, LlmConfigCodec.COLUMNS, config);
  }

  private void upsert(Context ctx) throws Exception {
    MediaTypes.requireBody(ctx, false);
    Fields fields = Fields.ofJson(JsonBodies.read(ctx, maxBody));
    LlmConfig stored = configs.upsert(LlmConfigCodec.fromFields(ctx.pathParam("alias"), fields));
    Responses.one(ctx, LlmConfigCodec.COLUMNS, stored);
  }

  private void delete(Context ctx) {
    String alias = ctx.pathParam("alias");
    if (!configs.delete(alias)) {
      throw ApiError.notFound("no LLM config " + alias);
    }
    ctx.status(204);
  }
}
