package stockassistant.adapters.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HealthProbeTest {
  private final HealthCheckRegistry health = new HealthCheckRegistry();
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final AtomicBoolean databaseUp = new AtomicBoolean(true);
  private final AtomicInteger databaseProbes = new AtomicInteger();
  private final AtomicInteger migrationReads = new AtomicInteger();
  /** Runs queued probes only when the test says so, like a background thread would later. */
  private final List<Runnable> queued = new ArrayList<>();
  private final HealthProbe probe = new HealthProbe(health, queued::add, now::get, 0);

  HealthProbeTest() {
    health.register("database", new HealthCheck() {
      @Override
      protected Result check() {
        databaseProbes.incrementAndGet();
        return databaseUp.get() ? Result.healthy("the database answers") : Result.unhealthy("no connection");
      }
    });
    health.register("migrations", new HealthCheck() {
      @Override
      protected Result check() {
        migrationReads.incrementAndGet();
        return databaseUp.get() ? Result.builder().healthy().withDetail("version", "3").build()
            : Result.unhealthy("migration status unavailable");
      }
    });
  }

  @Test
  void probesInTheBackgroundAtMostOnceASecond() {
    probe.view();
    probe.view();
    assertThat(queued).as("one probe queued however many pages look").hasSize(1);
    runQueued();
    assertThat(status(probe.view(), "database")).isEqualTo("UP");

    now.addAndGet(500);
    probe.view();
    assertThat(queued).as("still fresh").isEmpty();
    now.addAndGet(600);
    probe.view();
    assertThat(queued).hasSize(1);
  }

  @Test
  void reportsTheDatabaseDownAndKeepsTheLastKnownSchemaVersion() {
    probe.view();
    runQueued();
    assertThat(probe.view().get("migrations")).extracting(m -> ((Map<?, ?>) m).get("version")).isEqualTo("3");

    databaseUp.set(false);
    now.addAndGet(1_000);
    probe.view();
    runQueued();
    Map<String, Object> view = probe.view();
    assertThat(status(view, "database")).isEqualTo("DOWN");
    Map<?, ?> migrations = (Map<?, ?>) view.get("migrations");
    assertThat(migrations.get("status")).isEqualTo("DOWN");
    assertThat(migrations.get("version")).isEqualTo("3");
  }

  @Test
  void aResultTooOldToTrustIsShownAsUnknownNotAsUp() {
    probe.view();
    runQueued();
    now.addAndGet(HealthProbe.TRUSTED_FOR_MS + 1);
    // the background never answers here (the queue is not run): after a short wait, say so
    assertThat(status(probe.view(), "database")).isEqualTo("UNKNOWN");
  }

  @Test
  void aProbeLeftUnansweredReportsTheDatabaseDownWithoutWaitingForTimeouts() {
    probe.view();
    runQueued();
    now.addAndGet(1_000);
    probe.view();   // a probe starts and hangs: nothing runs the queue
    assertThat(status(probe.view(), "database")).as("a slow answer is not yet a verdict").isEqualTo("UP");

    now.addAndGet(HealthProbe.SLOW_MS + 1);
    Map<?, ?> database = (Map<?, ?>) probe.view().get("database");
    assertThat(database.get("status")).isEqualTo("DOWN");
    assertThat(database.get("message").toString()).contains("has not answered for 2 s");

    runQueued();
    assertThat(status(probe.view(), "database")).as("it answered after all").isEqualTo("UP");
  }

  @Test
  void readsMigrationsLessOftenThanItProbesTheDatabase() {
    for (int i = 0; i < 10; i++) {
      probe.view();
      runQueued();
      now.addAndGet(1_000);
    }
    assertThat(databaseProbes.get()).isEqualTo(10);
    assertThat(migrationReads.get()).isEqualTo(1);
  }

  @Test
  void aMissingCheckIsUnknown() {
    assertThat(status(probe.view(), "circuit_breaker")).isEqualTo("UNKNOWN");
  }

  private void runQueued() {
    var tasks = new ArrayList<>(queued);
    queued.clear();
    tasks.forEach(Runnable::run);
  }

  private static Object status(Map<String, Object> view, String check) {
    return ((Map<?, ?>) view.get(check)).get("status");
  }
}
