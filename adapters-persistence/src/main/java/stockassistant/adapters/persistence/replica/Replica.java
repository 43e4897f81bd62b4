package stockassistant.adapters.persistence.replica;

import com.codahale.metrics.Counter;
import java.time.Duration;
import java.util.Locale;
import stockassistant.adapters.persistence.pool.ConnectionPool;
import stockassistant.adapters.persistence.pool.DatabaseTarget;

/**
 * One read replica: its own pool, and what the last probe (or a failed read) said about it.
 * Reads go to it only while it is {@link State#SERVING}.
 */
public final class Replica implements AutoCloseable {

  /** What a replica is doing, as shown in /health/ready. */
  public enum State {
    /** not probed yet */
    STARTING,
    /** in recovery, answering, and no further behind than the service tolerates */
    SERVING,
    /** answering, but further behind than DB_READ_MAX_LAG_MS (or its lag cannot be told) */
    LAGGING,
    /** not answering: its probe or a read on it failed */
    DOWN,
    /** answering, but no longer in recovery (promoted): it no longer follows the primary */
    NOT_A_STANDBY;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  private final String name;
  private final DatabaseTarget target;
  private final ConnectionPool pool;
  private final Counter reads;
  private volatile State state = State.STARTING;
  private volatile long lagMillis = -1;
  /** Probe results begun before this moment are stale (a read found the replica down since). */
  private volatile long staleBefore = System.nanoTime();

  Replica(String name, DatabaseTarget target, ConnectionPool pool, Counter reads) {
    this.name = name;
    this.target = target;
    this.pool = pool;
    this.reads = reads;
  }

  /** {@code host:port}, as in metric names and the readiness body. */
  public String name() {
    return name;
  }

  public DatabaseTarget target() {
    return target;
  }

  public ConnectionPool pool() {
    return pool;
  }

  public State state() {
    return state;
  }

  /** The lag last measured, or -1 when not known (down, never probed). */
  public long lagMillis() {
    return lagMillis;
  }

  public long reads() {
    return reads.getCount();
  }

  boolean serves() {
    return state == State.SERVING;
  }

  void served() {
    reads.inc();
  }

  /**
   * A read found it unreachable: no more reads until a probe begun after now says otherwise.
   * Returns whether it was serving until now.
   */
  boolean markDown() {
    staleBefore = System.nanoTime();
    State before = state;
    state = State.DOWN;
    lagMillis = -1;
    pool.evictAll();
    return before == State.SERVING;
  }

  /** The outcome of a probe that began at {@code probeStarted}; ignored when a read knows better. */
  void probed(long probeStarted, State observed, Duration lag) {
    if (probeStarted - staleBefore < 0) {
      return;
    }
    state = observed;
    lagMillis = lag == null ? -1 : lag.toMillis();
  }

  @Override
  public void close() {
    pool.close();
  }
}
