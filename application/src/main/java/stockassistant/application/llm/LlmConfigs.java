package stockassistant.application.llm;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import stockassistant.domain.InvalidField;
import stockassistant.domain.llm.ApiKey;
import stockassistant.domain.llm.LlmConfig;
import stockassistant.domain.llm.LlmConfigRepository;
import stockassistant.domain.transaction.UnitOfWork;

/** The LLM endpoints the assistant may call. API keys go in and never come out unmasked here. */
public final class LlmConfigs {
  private final LlmConfigRepository configs;
  private final UnitOfWork work;

  @Inject
  public LlmConfigs(LlmConfigRepository configs, UnitOfWork work) {
    this.configs = configs;
    this.work = work;
  }

  // Configs are read right after they are written (save, then use) and are few: always fresh.
  public List<LlmConfig> list() {
    return work.readFresh("LlmConfigs.list", configs::list);
  }

  public Optional<LlmConfig> find(String alias) {
    return work.readFresh("LlmConfigs.find", () -> configs.find(alias));
  }

  /** Creates or updates; an update without an api_key keeps the stored one. */
  public LlmConfig upsert(UpsertLlmConfigCommand command) {
    return work.write("LlmConfigs.upsert", () -> {
      ApiKey key = command.apiKey();
      if (key == null) {
        key = configs.find(command.alias()).map(LlmConfig::apiKey)
            .orElseThrow(() -> new InvalidField("api_key", "is required when creating a config"));
      }
      return configs.upsert(new LlmConfig(command.alias(), command.vendor(),
          command.providerType(), command.modelName(), key, command.baseUrl(),
          command.description(), command.priority(), command.tags(), command.isActive(), null,
          null));
    });
  }

  /** Returns false when no config had that alias. */
  public boolean delete(String alias) {
    return work.write("LlmConfigs.delete", () -> configs.delete(alias));
  }
}
