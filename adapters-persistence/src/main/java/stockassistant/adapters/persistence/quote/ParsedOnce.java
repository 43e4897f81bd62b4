package stockassistant.adapters.persistence.quote;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
  private final Map<Class<?>, Map<String, SqlSource>> parsed = new ConcurrentHashMap<>();
  private final AtomicInteger texts = new AtomicInteger();

  @Override
  public SqlSource createSqlSource(Configuration configuration, String script,
      Class<?> parameterType) {
    // keyed by the script itself (no key built per call): a provider that hands out the same
    // String instance is found by its cached hash and by identity
    Map<String, SqlSource> byText = parsed.get(parameterType);
    if (byText == null) {
      byText = parsed.computeIfAbsent(parameterType, type -> new ConcurrentHashMap<>());
    }
    SqlSource known = byText.get(script);
    if (known != null) {
      return known;
    }
    SqlSource source = super.createSqlSource(configuration, script, parameterType);
    if (texts.get() < MAX_TEXTS && byText.putIfAbsent(script, source) == null) {
      texts.incrementAndGet();
    }
    return source;
  }
}
