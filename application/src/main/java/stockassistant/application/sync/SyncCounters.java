package stockassistant.application.sync;

/**
 * Where a run stands, for progress: the phase, days planned and stored, rows stored, rows refused,
 * upstream calls made and rate-limit waits.
 */
public record SyncCounters(String phase, int daysPlanned, int daysDone, long rows, int rejected,
    long calls, long waits) {}
