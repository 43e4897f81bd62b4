package stockassistant.domain.sync;

import java.time.Instant;

/** One sync run as recorded: what was asked, how it ended and what it did. */
public record SyncRun(long id, Instant startedAt, Instant finishedAt, String request,
    String outcome, String message, int days, long rows, int calls, int waits, int rejected) {
  public static final String RUNNING = "running";
  public static final String DONE = "done";
  public static final String REJECTED = "rejected";
  public static final String STOPPED = "stopped";
  public static final String FAILED = "failed";
}
