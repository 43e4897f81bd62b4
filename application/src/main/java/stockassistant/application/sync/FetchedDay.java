package stockassistant.application.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.sync.Dataset;
import stockassistant.domain.sync.FeedRows;
import stockassistant.domain.sync.RejectedRow;

/** What the upstream answered for one day: each bar dataset asked for, and the suspensions. */
record FetchedDay(LocalDate day, Map<Dataset, FeedRows<DailyBar>> bars,
    FeedRows<Suspension> suspensions) {

  List<RejectedRow> rejected() {
    var all = new ArrayList<RejectedRow>();
    bars.values().forEach(rows -> all.addAll(rows.rejected()));
    if (suspensions != null) {
      all.addAll(suspensions.rejected());
    }
    return all;
  }

  /** Whether the prices of the day are out yet (a whole market never trades without a bar). */
  boolean published() {
    FeedRows<DailyBar> daily = bars.get(Dataset.DAILY);
    return daily != null && !daily.rows().isEmpty();
  }
}
