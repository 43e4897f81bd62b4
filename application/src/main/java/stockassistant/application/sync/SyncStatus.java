package stockassistant.application.sync;

import java.time.LocalDate;
import java.util.List;
import stockassistant.domain.sync.RejectedRow;
import stockassistant.domain.sync.SyncRun;

/**
 * What the sync has done: whether one runs now, the last run, freshness (the newest stored day
 * against the newest open day of the calendar up to today; null when unknown), the days still
 * waiting for late data, and the newest refused rows.
 */
public record SyncStatus(boolean running, SyncRun lastRun, LocalDate newestStoredDay,
    LocalDate newestOpenDay, Integer openDaysBehind, int incompleteDays,
    List<RejectedRow> recentRejected) {}
