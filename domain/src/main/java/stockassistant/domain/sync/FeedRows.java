package stockassistant.domain.sync;

import java.util.List;

/** What one upstream question answered: the good rows, and the rows refused by the rules. */
public record FeedRows<T>(List<T> rows, List<RejectedRow> rejected) {
  public FeedRows {
    rows = List.copyOf(rows);
    rejected = List.copyOf(rejected);
  }
}
