package stockassistant.application.llm;

import java.util.List;
import stockassistant.domain.InvalidField;
import stockassistant.domain.llm.ApiKey;

/**
 * Creates or replaces the config of one alias. {@code apiKey} is required on create and may be
 * null on update, which keeps the stored key.
 */
public record UpsertLlmConfigCommand(
    String alias,
    String vendor,
    String providerType,
    String modelName,
    ApiKey apiKey,
    String baseUrl,
    String description,
    Integer priority,
    List<String> tags,
    Boolean isActive) {

  public UpsertLlmConfigCommand {
    InvalidField.requireText("alias", alias, 200);
    tags = tags == null ? null : List.copyOf(tags);
  }
}
