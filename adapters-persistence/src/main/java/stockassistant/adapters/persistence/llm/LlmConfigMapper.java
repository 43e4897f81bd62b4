package stockassistant.adapters.persistence.llm;

import java.util.List;
import java.util.Map;

/** SQL of llm_configs; the statements live in LlmConfigMapper.xml. */
public interface LlmConfigMapper {

  List<Map<String, Object>> list();

  Map<String, Object> find(String alias);

  Map<String, Object> upsert(Map<String, Object> row);

  int delete(String alias);
}
