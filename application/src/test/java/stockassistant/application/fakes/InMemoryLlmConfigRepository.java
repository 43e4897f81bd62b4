package stockassistant.application.fakes;

import stockassistant.domain.transaction.Db;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import stockassistant.domain.llm.LlmConfig;
import stockassistant.domain.llm.LlmConfigRepository;

/** LLM configs in a map, stamped like the database would. */
public final class InMemoryLlmConfigRepository implements LlmConfigRepository {
  private final Map<String, LlmConfig> configs = new HashMap<>();

  @Override
  public List<LlmConfig> list(Db db) {
    return configs.values().stream().sorted(Comparator
        .comparing(LlmConfig::priority, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(LlmConfig::alias)).toList();
  }

  @Override
  public Optional<LlmConfig> find(Db db, String alias) {
    return Optional.ofNullable(configs.get(alias));
  }

  @Override
  public LlmConfig upsert(Db db, LlmConfig config) {
    OffsetDateTime now = OffsetDateTime.now();
    OffsetDateTime created = find(db, config.alias()).map(LlmConfig::createdAt).orElse(now);
    var stored = new LlmConfig(config.alias(), config.vendor(), config.providerType(),
        config.modelName(), config.apiKey(), config.baseUrl(), config.description(),
        config.priority(), config.tags(), config.isActive(), created, now);
    configs.put(config.alias(), stored);
    return stored;
  }

  @Override
  public boolean delete(Db db, String alias) {
    return configs.remove(alias) != null;
  }
}
