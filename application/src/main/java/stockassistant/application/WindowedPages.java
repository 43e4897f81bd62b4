package stockassistant.application;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@link Pages} for a {@link Window}: consecutive bounded reads whose rows reach the sink only
 * after each read has given its connection back. The first read skips the offset itself (the
 * database walks past those rows on its index instead of sending them), and the reads ask for
 * one row beyond the limit, to tell the caller whether more rows follow without reading them all.
 */
public final class WindowedPages {
  private WindowedPages() {}

  /** One bounded read: the rows after {@code after} (null: from the first, skipping {@code skip}). */
  @FunctionalInterface
  public interface Read<K, T> {
    List<T> page(K after, int skip, int limit);
  }

  /** Returns whether rows were left beyond the window's limit. */
  public static <T, K> boolean stream(Window window, int pageRows, Read<K, T> read,
      Function<T, K> keyOf, Consumer<? super T> sink) {
    Integer limit = window.limit();
    long delivered = 0;
    K after = null;
    while (true) {
      int wanted = limit == null ? pageRows : (int) Math.min(pageRows, limit - delivered + 1);
      List<T> rows = read.page(after, after == null ? window.offset() : 0, wanted);
      for (T row : rows) {
        if (limit != null && delivered == limit) {
          return true;
        }
        sink.accept(row);
        delivered++;
      }
      if (rows.size() < wanted) {
        return false;
      }
      after = keyOf.apply(rows.get(rows.size() - 1));
    }
  }
}
