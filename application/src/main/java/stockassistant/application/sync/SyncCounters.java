package stockassistant.application.sync;

/**
 * Where a run stands: the phase with its days planned and done (for a progress bar), then for the
 * whole run the days stored, rows stored, rows refused, upstream calls made and rate-limit waits.
 */
public record SyncCounters(String phase, int daysPlanned, int daysDone, int daysStored, long rows,
    int rejected, long calls, long waits) {}
