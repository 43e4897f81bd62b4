package stockassistant.application.sync;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import stockassistant.domain.InvalidField;

/**
 * One run: the days (null ends take the defaults: from the day after the newest stored day, or a
 * year back on an empty store; to today), the parts, and whether stored days are fetched again.
 */
public record SyncRequest(LocalDate from, LocalDate to, Set<SyncPart> parts, boolean refresh) {
  public SyncRequest {
    parts = parts == null || parts.isEmpty() ? EnumSet.allOf(SyncPart.class) : EnumSet.copyOf(parts);
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidField("from", "must not be after to (" + from + " > " + to + ")");
    }
    if (refresh && from == null) {
      throw new InvalidField("refresh", "needs from: the days to fetch again");
    }
  }

  /** Everything, from where the store ends to today: what the daily schedule runs. */
  public static SyncRequest daily() {
    return new SyncRequest(null, null, null, false);
  }

  /** How the run is recorded and shown. */
  public String describe() {
    return "from=" + (from == null ? "auto" : from) + " to=" + (to == null ? "today" : to)
        + " only=" + parts.toString().toLowerCase(java.util.Locale.ROOT).replace(" ", "")
        + (refresh ? " refresh" : "");
  }
}
