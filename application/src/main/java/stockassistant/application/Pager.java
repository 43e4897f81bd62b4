package stockassistant.application;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one pager: a long read done as consecutive bounded reads ("keyset pages"), each its own
 * unit of work, whose rows reach the sink only after that unit of work has given its connection
 * back. A caller that consumes slowly (an HTTP client reading a few bytes a second) then holds no
 * database connection, and memory stays at one page whatever the length of the result. Pages
 * are not one snapshot: rows written between two pages may or may not be seen.
 *
 * <p>Cut to a {@link Window}: the first read skips the offset itself (the database walks past
 * those rows on its index instead of sending them), and the reads ask for one row beyond the
 * limit, to tell the caller whether more rows follow without reading them all.
 */
public final class Pager {
  private Pager() {}

  /** One bounded read: the rows after {@code after} (null: from the first, skipping {@code skip}). */
  @FunctionalInterface
  public interface Read<K, P> {
    P page(K after, int skip, int limit);
  }

  /** What the pager needs to know of a page: its rows, its first rows, its last row's key. */
  public interface Shape<P, K> {
    int size(P page);

    P head(P page, int rows);

    K lastKey(P page);
  }

  /**
   * Pages handed over whole. Stops early when {@code stop} says so (a sink further on that is
   * full). Returns whether rows were left beyond the window's limit.
   */
  public static <P, K> boolean pages(Window window, int pageRows, Read<K, P> read,
      Shape<P, K> shape, BooleanSupplier stop, Consumer<? super P> sink) {
    Integer limit = window.limit();
    long delivered = 0;
    K after = null;
    while (!stop.getAsBoolean()) {
      int wanted = limit == null ? pageRows : (int) Math.min(pageRows, limit - delivered + 1);
      P page = read.page(after, after == null ? window.offset() : 0, wanted);
      int size = shape.size(page);
      int take = limit == null ? size : (int) Math.min(size, limit - delivered);
      if (take > 0) {
        sink.accept(take == size ? page : shape.head(page, take));
      }
      delivered += take;
      if (take < size) {
        return true;
      }
      if (size < wanted) {
        return false;
      }
      after = shape.lastKey(page);
    }
    return false;
  }

  /** Rows of list pages, one at a time. Returns whether rows were left beyond the limit. */
  public static <T, K> boolean rows(Window window, int pageRows, Read<K, List<T>> read,
      Function<T, K> keyOf, Consumer<? super T> sink) {
    return pages(window, pageRows, read, new Shape<List<T>, K>() {
      @Override
      public int size(List<T> page) {
        return page.size();
      }

      @Override
      public List<T> head(List<T> page, int rows) {
        return page.subList(0, rows);
      }

      @Override
      public K lastKey(List<T> page) {
        return keyOf.apply(page.get(page.size() - 1));
      }
    }, () -> false, page -> page.forEach(sink));
  }
}
