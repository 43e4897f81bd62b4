package stockassistant.adapters.persistence.llm;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import stockassistant.domain.llm.ApiKey;
import stockassistant.domain.llm.LlmConfig;

/** llm_configs rows to and from {@link LlmConfig}. */
final class LlmConfigRows {
  private LlmConfigRows() {}

  static Map<String, Object> toRow(LlmConfig config) {
    var row = new HashMap<String, Object>();
    row.put("alias", config.alias());
    row.put("vendor", config.vendor());
    row.put("provider_type", config.providerType());
    row.put("model_name", config.modelName());
    row.put("api_key", config.apiKey().reveal());
    row.put("base_url", config.baseUrl());
    row.put("description", config.description());
    row.put("priority", config.priority());
    row.put("tags", config.tags());
    row.put("is_active", config.isActive());
    return row;
  }

  static LlmConfig toConfig(Map<String, Object> row) {
    Object tags = row.get("tags");
    List<String> tagList = tags == null ? null
        : Arrays.stream((Object[]) tags).map(String::valueOf).toList();
    return new LlmConfig((String) row.get("alias"), (String) row.get("vendor"),
        (String) row.get("provider_type"), (String) row.get("model_name"),
        new ApiKey((String) row.get("api_key")), (String) row.get("base_url"),
        (String) row.get("description"), (Integer) row.get("priority"), tagList,
        (Boolean) row.get("is_active"), (OffsetDateTime) row.get("created_at"),
        (OffsetDateTime) row.get("updated_at"));
  }
}
