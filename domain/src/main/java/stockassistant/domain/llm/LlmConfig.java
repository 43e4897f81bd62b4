package stockassistant.domain.llm;

import static stockassistant.domain.InvalidField.requirePresent;
import static stockassistant.domain.InvalidField.requireText;

import java.time.OffsetDateTime;
import java.util.List;
import stockassistant.domain.InvalidField;

/**
 * An LLM endpoint the assistant may call. Timestamps are set by the database and are null on a
 * config that has not been stored yet.
 */
public record LlmConfig(
    String alias,
    String vendor,
    String providerType,
    String modelName,
    ApiKey apiKey,
    String baseUrl,
    String description,
    Integer priority,
    List<String> tags,
    Boolean isActive,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  /** text columns have no width; this bound keeps a single request from storing megabytes. */
  static final int MAX_TEXT = 2000;

  public LlmConfig {
    requireText("alias", alias, 200);
    requireText("vendor", vendor, MAX_TEXT);
    requireText("provider_type", providerType, MAX_TEXT);
    requireText("model_name", modelName, MAX_TEXT);
    requirePresent("api_key", apiKey);
    InvalidField.optionalText("base_url", baseUrl, MAX_TEXT);
    InvalidField.optionalText("description", description, MAX_TEXT);
    tags = tags == null ? null : List.copyOf(tags);
  }

  /** This config as handed to anyone but the caller of the vendor: its key masked only. */
  public LlmConfig withKeyWithheld() {
    return new LlmConfig(alias, vendor, providerType, modelName, apiKey.withheld(), baseUrl,
        description, priority, tags, isActive, createdAt, updatedAt);
  }
}
