package stockassistant.adapters.web.ops;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * The readiness checks the dashboard shows, run in the background at most once a second and
 * only while someone is looking: many open pages cost the database one probe a second, not one
 * each, and no background traffic reaches it when nobody looks. A page polling waits for a
 * probe only when the last result is too old to show (the first look, or after a pause), and
 * then briefly (two seconds in service): the check can take the pool's connection timeout on a dead
 * database. A probe still unanswered after {@value #SLOW_MS} ms is itself the answer: the
 * database is reported down at once rather than after the pool's timeouts and the retries
 * (which can add up to ten seconds and more). The migration check reads Flyway's history, so it
 * runs less often: every 15 s, or when the database comes or goes.
 */
final class HealthProbe {
  static final long DATABASE_EVERY_MS = 1_000;
  static final long MIGRATIONS_EVERY_MS = 15_000;
  /** A result older than this is not shown as current. */
  static final long TRUSTED_FOR_MS = 10_000;
  /** Longer than a healthy check takes (one isValid on a pooled connection), well under a poll. */
  static final long SLOW_MS = 2_000;
  /** Named as bootstrap registers them (HealthModule). */
  static final String DATABASE = "database";
  static final String BREAKER = "circuit_breaker";
  static final String MIGRATIONS = "migrations";

  private final HealthCheckRegistry health;
  private final Executor background;
  private final LongSupplier clock;
  private final long waitMillis;
  private CompletableFuture<Void> probing;
  private volatile long probeStartedAt;
  private volatile Map<String, Object> database = unknown("not checked yet");
  private volatile Map<String, Object> migrations = unknown("not checked yet");
  private volatile long databaseAt;
  private volatile long migrationsAt;

  /** {@code clock} gives epoch milliseconds. */
  HealthProbe(HealthCheckRegistry health, Executor background, LongSupplier clock,
      long waitMillis) {
    this.health = health;
    this.background = background;
    this.clock = clock;
    this.waitMillis = waitMillis;
  }

  /** The latest results; starts a fresh probe in the background when they are stale. */
  Map<String, Object> view() {
    if (clock.getAsLong() - databaseAt >= DATABASE_EVERY_MS) {
      CompletableFuture<Void> fresh = refresh();
      if (clock.getAsLong() - databaseAt > TRUSTED_FOR_MS) {
        awaitBriefly(fresh);
      }
    }
    var view = new LinkedHashMap<String, Object>();
    view.put(DATABASE, database());
    view.put(MIGRATIONS, migrations);
    // the breaker's state is in memory: always current, and cheap to read
    view.put(BREAKER, run(BREAKER));
    return view;
  }

  private Map<String, Object> database() {
    long now = clock.getAsLong();
    long waited = now - probeStartedAt;
    if (probing() && waited > SLOW_MS) {
      var silent = new LinkedHashMap<String, Object>();
      silent.put("status", "DOWN");
      silent.put("message", "the database has not answered for " + waited / 1000 + " s");
      return silent;
    }
    return now - databaseAt <= TRUSTED_FOR_MS ? database : unknown("checking the database");
  }

  private synchronized boolean probing() {
    return probing != null && !probing.isDone();
  }

  private synchronized CompletableFuture<Void> refresh() {
    if (!probing()) {
      probeStartedAt = clock.getAsLong();
      probing = CompletableFuture.runAsync(this::probe, background);
    }
    return probing;
  }

  private void awaitBriefly(CompletableFuture<Void> probe) {
    try {
      probe.get(waitMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException stillRunningOrFailed) {
      // shown as "checking" until a later look finds the result
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void probe() {
    Map<String, Object> before = database;
    database = run(DATABASE);
    databaseAt = clock.getAsLong();
    boolean databaseChanged = isUp(before) != isUp(database);
    if (databaseChanged || databaseAt - migrationsAt >= MIGRATIONS_EVERY_MS || !isUp(migrations)) {
      Map<String, Object> latest = run(MIGRATIONS);
      if (isUp(latest) || !migrations.containsKey("version")) {
        migrations = latest;
      } else {
        // keep showing the last version known while the database cannot be read
        var stale = new LinkedHashMap<>(migrations);
        stale.put("status", latest.get("status"));
        stale.put("message", latest.get("message"));
        migrations = stale;
      }
      migrationsAt = databaseAt;
    }
  }

  private Map<String, Object> run(String name) {
    if (!health.getNames().contains(name)) {
      return unknown("no " + name + " check in this server");
    }
    HealthCheck.Result result = health.runHealthCheck(name);
    var view = new LinkedHashMap<String, Object>();
    view.put("status", result.isHealthy() ? "UP" : "DOWN");
    view.put("message", result.getMessage());
    view.put("checked_at", result.getTimestamp());
    if (result.getDetails() != null) {
      view.putAll(result.getDetails());
    }
    return view;
  }

  private static boolean isUp(Map<String, Object> view) {
    return "UP".equals(view.get("status"));
  }

  private static Map<String, Object> unknown(String why) {
    var view = new LinkedHashMap<String, Object>();
    view.put("status", "UNKNOWN");
    view.put("message", why);
    return view;
  }
}
