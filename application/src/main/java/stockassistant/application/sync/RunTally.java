package stockassistant.application.sync;

import stockassistant.domain.sync.FeedUsage;
import stockassistant.domain.sync.MarketFeed;

/**
 * The counts of one run as it goes, told to its progress after every step (from the day store's
 * lanes too: one at a time).
 */
final class RunTally {
  private final long runId;
  private final MarketFeed feed;
  private final SyncProgress progress;
  private String phase = "starting";
  private int daysPlanned;
  private int daysDone;
  private int daysStored;
  private long rows;
  private int rejected;

  RunTally(long runId, MarketFeed feed, SyncProgress progress) {
    this.runId = runId;
    this.feed = feed;
    this.progress = progress;
  }

  long runId() {
    return runId;
  }

  synchronized void phase(String name, int planned) {
    phase = name;
    daysPlanned = planned;
    daysDone = 0;
    tell();
  }

  synchronized void stored(int days, long rowsStored, int rowsRejected) {
    daysDone += days;
    daysStored += days;
    rows += rowsStored;
    rejected += rowsRejected;
    tell();
  }

  void note(String message) {
    progress.note(message);
  }

  synchronized SyncCounters counters() {
    FeedUsage usage = feed.usage();
    return new SyncCounters(phase, daysPlanned, daysDone, daysStored, rows, rejected,
        usage.calls(), usage.waits());
  }

  private void tell() {
    progress.update(counters());
  }
}
