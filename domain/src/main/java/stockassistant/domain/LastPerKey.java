package stockassistant.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;

/**
 * Collapses a batch to one element per key, the LAST occurrence winning, in first-seen key
 * order. PostgreSQL rejects an upsert statement that touches the same row twice, so every batch
 * write goes through this.
 */
public final class LastPerKey {
  private LastPerKey() {}

  public static <T, K> List<T> of(List<T> batch, Function<T, K> key) {
    var byKey = new LinkedHashMap<K, T>(Math.max(16, batch.size() * 2));
    for (T item : batch) {
      byKey.put(key.apply(item), item);
    }
    return byKey.size() == batch.size() ? batch : new ArrayList<>(byKey.values());
  }
}
