package stockassistant.adapters.web.llm;

import stockassistant.adapters.web.codec.Columns;
import stockassistant.adapters.web.codec.Fields;
import stockassistant.application.llm.UpsertLlmConfigCommand;
import stockassistant.domain.InvalidField;
import stockassistant.domain.llm.ApiKey;
import stockassistant.domain.llm.LlmConfig;

/** An LLM config on the wire. api_key is write-only: every response carries it masked. */
final class LlmConfigCodec {
  static final Columns<LlmConfig> COLUMNS = new Columns<LlmConfig>()
      .add("alias", LlmConfig::alias)
      .add("vendor", LlmConfig::vendor)
      .add("provider_type", LlmConfig::providerType)
      .add("model_name", LlmConfig::modelName)
      .add("api_key", config -> config.apiKey().masked())
      .add("base_url", LlmConfig::baseUrl)
      .add("description", LlmConfig::description)
      .add("priority", LlmConfig::priority)
      .add("tags", LlmConfig::tags)
      .add("is_active", LlmConfig::isActive)
      .add("created_at", LlmConfig::createdAt)
      .add("updated_at", LlmConfig::updatedAt);

  private LlmConfigCodec() {}

  static UpsertLlmConfigCommand fromFields(String alias, Fields fields) {
    String bodyAlias = fields.text("alias");
    if (bodyAlias != null && !bodyAlias.equals(alias)) {
      throw new InvalidField("alias", "must equal the alias in the path");
    }
    String key = fields.text("api_key");
    return new UpsertLlmConfigCommand(alias, required(fields, "vendor"),
        required(fields, "provider_type"), required(fields, "model_name"),
        key == null ? null : new ApiKey(key), fields.text("base_url"), fields.text("description"),
        fields.integer("priority"), fields.textList("tags"), fields.bool("is_active"));
  }

  private static String required(Fields fields, String field) {
    return fields.requiredText(field);
  }
}
