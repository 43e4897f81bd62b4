package stockassistant.adapters.persistence.quote;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.scripting.xmltags.XMLLanguageDriver;
import org.apache.ibatis.session.Configuration;

/**
 * MyBatis's language driver, parsing each distinct statement text once: a provider's SQL is
 * otherwise parsed for its {@code #{}} parameters on every call, and {@link BarSql#bars} gives
 * the same text for every call of the same query shape (a few hundred shapes at most). The parsed
 * source is immutable, so one serves every thread.
 */
public final class ParsedOnce extends XMLLanguageDriver {
  /** Bounds the cache whatever callers do (an IN list of each length is its own text). */
  private static final int MAX_TEXTS = 2_048;
  private final Map<String, SqlSource> parsed = new ConcurrentHashMap<>();

  @Override
  public SqlSource createSqlSource(Configuration configuration, String script,
      Class<?> parameterType) {
    String key = parameterType.getName() + '\n' + script;
    SqlSource known = parsed.get(key);
    if (known != null) {
      return known;
    }
    SqlSource source = super.createSqlSource(configuration, script, parameterType);
    if (parsed.size() < MAX_TEXTS) {
      parsed.put(key, source);
    }
    return source;
  }
}
