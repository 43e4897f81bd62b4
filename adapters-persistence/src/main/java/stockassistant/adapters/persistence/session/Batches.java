package stockassistant.adapters.persistence.session;

import java.util.ArrayList;
import java.util.List;

/** Splits a list into consecutive views of at most {@code size} elements. */
public final class Batches {
  private Batches() {}

  public static <T> List<List<T>> of(List<T> all, int size) {
    var batches = new ArrayList<List<T>>();
    for (int from = 0; from < all.size(); from += size) {
      batches.add(all.subList(from, Math.min(all.size(), from + size)));
    }
    return batches;
  }
}
