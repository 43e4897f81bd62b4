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
    return Route.tagged("LLM configs",
        Route.get("/api/v1/llm-configs", "List LLM configs", this::list)
            .operationId("listLlmConfigs").describe("Every config, by priority then alias.")
            .returns("LlmConfigList"),
        Route.get("/api/v1/llm-configs/{alias}", "Get an LLM config", this::find)
            .operationId("getLlmConfig").describe("One config; api_key comes back masked.")
            .pathParam("alias", "the name callers use for the config", "deepseek-chat").returns("LlmConfig")
            .responds(404, "no config has this alias"),
        Route.put("/api/v1/llm-configs/{alias}", "Insert or update an LLM config", this::upsert)
            .operationId("putLlmConfig")
            .describe("api_key is required on create and kept when absent on update. The alias "
                + "comes from the path; an alias in the body, if given, must equal it.")
            .pathParam("alias", "the name callers use for the config", "deepseek-chat").body(MediaTypes.JSON, "LlmConfigInput")
            .returns("LlmConfig").responds(400, "the config is invalid"),
        Route.delete("/api/v1/llm-configs/{alias}", "Delete an LLM config", this::delete)
            .operationId("deleteLlmConfig").describe("Deletes one config.")
            .pathParam("alias", "the name callers use for the config", "deepseek-chat").responds(204, "deleted")
            .responds(404, "no config has this alias"));
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
