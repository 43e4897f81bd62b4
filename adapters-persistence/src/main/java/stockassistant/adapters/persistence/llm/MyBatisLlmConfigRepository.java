package stockassistant.adapters.persistence.llm;

import stockassistant.domain.transaction.Db;
import stockassistant.adapters.persistence.session.OpenWork;
import java.util.List;
import java.util.Optional;
import stockassistant.domain.llm.LlmConfig;
import stockassistant.domain.llm.LlmConfigRepository;

/** llm_configs through MyBatis. */
public final class MyBatisLlmConfigRepository implements LlmConfigRepository {


  @Override
  public List<LlmConfig> list(Db db) {
    return mapper(db).list().stream().map(LlmConfigRows::toConfig).toList();
  }

  @Override
  public Optional<LlmConfig> find(Db db, String alias) {
    return Optional.ofNullable(mapper(db).find(alias)).map(LlmConfigRows::toConfig);
  }

  @Override
  public LlmConfig upsert(Db db, LlmConfig config) {
    return LlmConfigRows.toConfig(mapper(db).upsert(LlmConfigRows.toRow(config)));
  }

  @Override
  public boolean delete(Db db, String alias) {
    return mapper(db).delete(alias) > 0;
  }

  private LlmConfigMapper mapper(Db db) {
    return OpenWork.of(db).mapper(LlmConfigMapper.class);
  }
}
