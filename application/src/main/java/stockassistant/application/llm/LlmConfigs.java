package stockassistant.application.llm;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import stockassistant.domain.llm.ApiKey;
import stockassistant.domain.llm.LlmConfig;
import stockassistant.domain.llm.LlmConfigRepository;
import stockassistant.domain.transaction.UnitOfWork;

/**
 * The LLM endpoints the assistant may call. API keys go in, and come out in clear through one
 * method only, {@link #apiKeyToCall}, for the caller that sends them to the vendor; every config
 * handed out otherwise carries its key withheld (masked, the secret not held).
 */
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
    return work.readFresh("LlmConfigs.list", configs::list).stream()
        .map(LlmConfig::withKeyWithheld).toList();
  }

  public Optional<LlmConfig> find(String alias) {
    return work.readFresh("LlmConfigs.find", db -> configs.find(db, alias)).map(LlmConfig::withKeyWithheld);
  }

  /**
   * The clear API key of one config, for the one caller that talks to the LLM vendor: call
   * {@code reveal()} where the request header is built, and keep it nowhere else. Empty for an
   * unknown alias; when the stored key cannot be decrypted with the configured keys,
   * {@code reveal()} throws {@link stockassistant.domain.llm.ApiKeyUnreadable} saying why.
   */
  public Optional<ApiKey> apiKeyToCall(String alias) {
    return work.readFresh("LlmConfigs.apiKeyToCall", db -> configs.find(db, alias)).map(LlmConfig::apiKey);
  }

  /** Creates or updates; an update without an api_key keeps the stored one. */
  public LlmConfig upsert(UpsertLlmConfigCommand command) {
    return work.write("LlmConfigs.upsert", db -> {
      ApiKey key = command.apiKey();
      if (key == null) {
        key = configs.find(db, command.alias()).map(LlmConfig::apiKey)
            .orElseThrow(ApiKey::requiredOnCreate);
      }
      return configs.upsert(db, new LlmConfig(command.alias(), command.vendor(),
          command.providerType(), command.modelName(), key, command.baseUrl(),
          command.description(), command.priority(), command.tags(), command.isActive(), null,
          null));
    }).withKeyWithheld();
  }

  /** Returns false when no config had that alias. */
  public boolean delete(String alias) {
    return work.write("LlmConfigs.delete", db -> configs.delete(db, alias));
  }
}
