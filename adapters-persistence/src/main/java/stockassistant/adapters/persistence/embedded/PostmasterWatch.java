package stockassistant.adapters.persistence.embedded;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded server of {@code serve} running: the service owns it, so nobody else
 * restarts it when it dies (the OOM killer, a {@code kill -9}). Looks at the postmaster's
 * process every {@link RestartPolicy#checkEvery()}; when it is gone, starts the server again with
 * back-off (PostgreSQL's crash recovery replays the WAL, so every acknowledged commit is back),
 * logging each restart with the reason its log gives. After {@link RestartPolicy#maxStarts()}
 * starts within the window it gives up and says why, in {@link #status()} (readiness) and in
 * {@value #STATUS_FILE} beside the data (doctor, another process, reads that).
 *
 * <p>Meanwhile the pool and the circuit breaker do what they do for an external database: calls
 * answer 503 with Retry-After and the pool reconnects by itself once the server is back.
 */
public final class PostmasterWatch implements AutoCloseable {
  public static final String STATUS_FILE = "supervision.txt";
  public static final String RESTARTS_METRIC = "embedded.postgres.restarts";
  private static final Logger log = LoggerFactory.getLogger(PostmasterWatch.class);

  /** What the watch knows; {@code message} is fit for readiness (no path in it). */
  public record Status(State state, String message, long restarts, Instant lastDeath,
      String lastReason) {}

  public enum State { RUNNING, RESTARTING, GAVE_UP, UNWATCHED }

  private final EmbeddedPostgresServer server;
  private final RestartPolicy policy;
  private final Counter restarts;
  private final Deque<Instant> starts = new ArrayDeque<>();
  private final ScheduledExecutorService thread;
  private volatile Status status;
  /** Where the log of the running server's life begins: older lines explain older events. */
  private long logFrom;
  /** Writes refused after a full disk; looked at each time until lifted. */
  private volatile boolean readOnly;

  private PostmasterWatch(EmbeddedPostgresServer server, RestartPolicy policy,
      MetricRegistry metrics) {
    this.server = server;
    this.policy = policy;
    this.restarts = metrics.counter(RESTARTS_METRIC);
    this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread watcher = new Thread(runnable, "embedded-postgres-watch");
      watcher.setDaemon(true);
      return watcher;
    });
    this.status = new Status(State.RUNNING, "the embedded PostgreSQL runs", 0, null, null);
  }

  /** Starts watching {@code server}; {@link #close} stops watching (before the server stops). */
  public static PostmasterWatch start(EmbeddedPostgresServer server, RestartPolicy policy,
      MetricRegistry metrics) {
    var watch = new PostmasterWatch(server, policy, metrics);
    watch.logFrom = server.serverLog().end();
    watch.readOnly = server.writesRefused().isOn();
    if (!Files.isReadable(Path.of("/proc/self/stat"))) {
      watch.status = new Status(State.UNWATCHED, "not watched: no /proc on this system", 0, null,
          null);
      log.warn("The embedded PostgreSQL is not watched: this system has no /proc");
      return watch;
    }
    long every = policy.checkEvery().toMillis();
    watch.thread.scheduleWithFixedDelay(watch::look, every, every, TimeUnit.MILLISECONDS);
    return watch;
  }

  public Status status() {
    return status;
  }

  /** Read-only after a full disk (reads served, writes refused) until the disk has room. */
  public boolean refusesWrites() {
    return readOnly;
  }

  @Override
  public void close() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void look() {
    if (status.state() == State.GAVE_UP) {
      return;
    }
    if (server.processes().postmasterAlive()) {
      if (readOnly && server.writesRefused().liftIfRoom(server, true)) {
        readOnly = false;
        server.spaceReserve().keep();
        status = new Status(State.RUNNING, "the embedded PostgreSQL runs and takes writes again",
            restarts.getCount(), status.lastDeath(), status.lastReason());
      }
      return;
    }
    Instant died = Instant.now();
    String reason = orElse(server.serverLog().reason(logFrom),
        "its process is gone and its log says nothing (killed from outside?)");
    log.warn("The embedded PostgreSQL stopped ({}); starting it again", reason);
    Duration backoff = policy.firstBackoff();
    while (!Thread.currentThread().isInterrupted()) {
      if (startsInWindow(died) >= policy.maxStarts()) {
        giveUp(died, reason);
        return;
      }
      status = new Status(State.RESTARTING, "the embedded PostgreSQL stopped (" + reason
          + "); restarting it (start " + (startsInWindow(died) + 1) + " of at most "
          + policy.maxStarts() + ")", restarts.getCount(), died, reason);
      if (!pause(backoff)) {
        return;
      }
      starts.addLast(Instant.now());
      long begun = System.nanoTime();
      try {
        logFrom = server.serverLog().end();
        if (reason.startsWith(ServerLog.NO_SPACE_MEANING)) {
          // the next writes would fill the room recovery needs, and PANIC again
          server.writesRefused().turnOn();
        }
        server.restart();
        readOnly = server.writesRefused().isOn();
        restarts.inc();
        long millis = (System.nanoTime() - begun) / 1_000_000;
        log.warn("Restarted the embedded PostgreSQL in {} ms, {} ms after it was found stopped "
            + "({}); restart {} of this process", millis,
            Duration.between(died, Instant.now()).toMillis(), reason, restarts.getCount());
        status = new Status(State.RUNNING, "the embedded PostgreSQL runs (restarted "
            + restarts.getCount() + " time(s); last stop: " + reason + ")"
            + (readOnly ? "; read-only until its disk has room again" : ""), restarts.getCount(),
            died, reason);
        record(Instant.now() + " restarted after it stopped (" + reason + "); restarts so far: "
            + restarts.getCount());
        return;
      } catch (RuntimeException failed) {
        reason = failed instanceof EmbeddedStartFailure start ? start.reason() : failed.toString();
        log.warn("The embedded PostgreSQL did not start again ({}); trying again in {} ms",
            reason, Math.min(backoff.toMillis() * 2, policy.maxBackoff().toMillis()));
        backoff = backoff.multipliedBy(2).compareTo(policy.maxBackoff()) > 0
            ? policy.maxBackoff() : backoff.multipliedBy(2);
      }
    }
  }

  private int startsInWindow(Instant now) {
    while (!starts.isEmpty() && starts.peekFirst().isBefore(now.minus(policy.window()))) {
      starts.removeFirst();
    }
    return starts.size();
  }

  private void giveUp(Instant died, String reason) {
    String why = "gave up restarting the embedded PostgreSQL after " + starts.size()
        + " start(s) within " + policy.window().toSeconds() + " s: " + reason;
    status = new Status(State.GAVE_UP, why + "; see postgres.log; fix the cause, then restart "
        + "the service", restarts.getCount(), died, reason);
    log.error("{}; its log is {}. Fix the cause, then restart the service", why,
        server.serverLog().file());
    record(Instant.now() + " " + why);
  }

  /** One line for doctor and for whoever looks at the folder. */
  private void record(String line) {
    try {
      Files.writeString(server.root().resolve(STATUS_FILE), line + System.lineSeparator());
    } catch (IOException diskFullPerhaps) {
      log.debug("Could not record the watch's state: {}", diskFullPerhaps.toString());
    }
  }

  private static boolean pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
      return true;
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String orElse(String value, String fallback) {
    return value != null ? value : fallback;
  }
}
