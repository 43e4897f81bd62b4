package stockassistant.application;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A streamed read done as consecutive bounded reads ("keyset pages"): each page is its own unit
 * of work, and its rows reach the sink only after that unit of work has given its connection
 * back. A caller that consumes slowly (an HTTP client reading a few bytes a second) then holds
 * no database connection, and memory stays at one page whatever the length of the result.
 * Pages are not one snapshot: rows written between two pages may or may not be seen.
 */
public final class Pages {
  private Pages() {}

  /**
   * @param size rows per page; a shorter page is the last one
   * @param page reads the page after the given key (null for the first page)
   * @param keyOf the ordering key of a row, from which the next page starts
   */
  public static <T, K> void stream(int size, Function<K, List<T>> page, Function<T, K> keyOf,
      Consumer<? super T> sink) {
    stream(size, page, List::size, rows -> keyOf.apply(rows.get(rows.size() - 1)),
        (List<T> rows) -> rows.forEach(sink));
  }

  /**
   * The same for pages of any shape (a columnar page, say), handed over whole.
   *
   * @param sizeOf rows in a page
   * @param lastKey the ordering key of a page's last row
   */
  public static <P, K> void stream(int size, Function<K, P> page, ToIntFunction<P> sizeOf,
      Function<P, K> lastKey, Consumer<? super P> sink) {
    K after = null;
    while (true) {
      P rows = page.apply(after);
      int rowCount = sizeOf.applyAsInt(rows);
      if (rowCount > 0) {
        sink.accept(rows);
      }
      if (rowCount < size) {
        return;
      }
      after = lastKey.apply(rows);
    }
  }
}
