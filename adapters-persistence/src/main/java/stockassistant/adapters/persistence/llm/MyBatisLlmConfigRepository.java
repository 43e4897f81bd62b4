package stockassistant.adapters.persistence.llm;

import java.util.List;
import java.util.Optional;
import stockassistant.adapters.persistence.session.Transactions;
import stockassistant.domain.llm.LlmConfig;
import stockassistant.domain.llm.LlmConfigRepository;

/** llm_configs through MyBatis. */
public final class MyBatisLlmConfigRepository implements LlmConfigRepository {
  private final Transactions tx;

  public MyBatisLlmConfigRepository(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public List<LlmConfig> list() {
    return mapper().list().stream().map(LlmConfigRows::toConfig).toList();
  }

  @Override
  public Optional<LlmConfig> find(String alias) {
    return Optional.ofNullable(mapper().find(alias)).map(LlmConfigRows::toConfig);
  }

  @Override
  public LlmConfig upsert(LlmConfig config) {
    return LlmConfigRows.toConfig(mapper().upsert(LlmConfigRows.toRow(config)));
  }

  @Override
  public boolean delete(String alias) {
    return mapper().delete(alias) > 0;
  }

  private LlmConfigMapper mapper() {
    return tx.mapper(LlmConfigMapper.class);
  }
}
