package stockassistant.application.sync;

import stockassistant.domain.sync.FeedStopped;

/**
 * How a run ended: its counts, and why it stopped early when it did ({@code stopped} null when it
 * finished). Rows refused by the rules do not stop a run; they make it end {@link #rejected}.
 */
public record SyncReport(SyncCounters counters, FeedStopped.Reason stopped, String message,
    boolean databaseFailed) {

  public boolean finished() {
    return stopped == null && !databaseFailed;
  }

  public boolean rejected() {
    return counters.rejected() > 0;
  }

  @Override
  public String toString() {
    String counts = counters.daysStored() + " day(s), " + counters.rows() + " row(s), "
        + counters.calls() + " call(s), " + counters.waits() + " rate-limit wait(s), "
        + counters.rejected() + " rejected row(s)";
    return finished() ? "done: " + counts : "stopped: " + message + " (" + counts + ")";
  }
}
