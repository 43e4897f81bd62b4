package stockassistant.adapters.persistence.replica;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * How far behind a replica is, in time: the primary's WAL position is sampled regularly, and a
 * replica that has not replayed the position sampled at time t lacks what the primary had written
 * by then, so it is at least {@code now - t} behind. Unlike {@code now() -
 * pg_last_xact_replay_timestamp()} this reads 0 on an idle primary and keeps growing on a replica
 * cut off from a busy one. Precise to the sampling interval; safe for concurrent use.
 */
final class LagClock {
  /** Samples older than this are dropped; a replica behind all of them reads as that far behind. */
  private static final Duration KEEP = Duration.ofMinutes(10);
  private static final int MAX_SAMPLES = 4_096;

  private record Sample(long nanos, long lsn) {}

  private final Deque<Sample> samples = new ArrayDeque<>();

  /** The primary's WAL position ({@code pg_current_wal_lsn()}) at {@code nanos}. */
  synchronized void primaryAt(long nanos, long lsn) {
    Sample last = samples.peekLast();
    if (last != null && last.lsn() >= lsn) {
      return; // an idle primary: the first sample of this position is the one that counts
    }
    samples.addLast(new Sample(nanos, lsn));
    while (samples.size() > MAX_SAMPLES
        || (samples.size() > 1 && nanos - samples.peekFirst().nanos() > KEEP.toNanos())) {
      samples.removeFirst();
    }
  }

  /**
   * The lag of a replica that has replayed up to {@code replayedLsn}, as of {@code nanos}; empty
   * while the primary was never sampled (nothing to compare with).
   */
  synchronized Optional<Duration> lagOf(long replayedLsn, long nanos) {
    if (samples.isEmpty()) {
      return Optional.empty();
    }
    for (Sample sample : samples) {
      if (sample.lsn() > replayedLsn) {
        return Optional.of(Duration.ofNanos(Math.max(0, nanos - sample.nanos())));
      }
    }
    return Optional.of(Duration.ZERO);
  }
}
