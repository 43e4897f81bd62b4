package stockassistant.domain.llm;

import stockassistant.domain.transaction.Db;
import java.util.List;
import java.util.Optional;

/** The LLM endpoints the assistant may call. Calls need an open unit of work. */
public interface LlmConfigRepository {

  /** All configs ordered by priority (nulls last) then alias. */
  List<LlmConfig> list(Db db);

  Optional<LlmConfig> find(Db db, String alias);

  /** Inserts or updates by alias; returns the stored config with its timestamps. */
  LlmConfig upsert(Db db, LlmConfig config);

  /** Returns false when no config had that alias. */
  boolean delete(Db db, String alias);
}
