package stockassistant.bootstrap.sync;

import com.codahale.metrics.MetricRegistry;
import java.net.URI;
import java.time.Clock;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.adapters.persistence.resilience.ResilienceSettings;
import stockassistant.adapters.persistence.session.Budgets;
import stockassistant.adapters.web.tushare.client.TushareSettings;
import stockassistant.application.sync.SyncProgress;

/** A sync of January in a JVM of its own, for {@link SyncKilledIT} to kill -9 part-way. */
public final class SyncChild {
  private SyncChild() {}

  /** Arguments: the JDBC URL, user, password, the fake upstream's URL, calls per minute. */
  public static void main(String[] args) {
    var target = new DatabaseTarget(args[0], args[1], args[2]);
    try (Persistence persistence = Persistence.open(target, PoolSettings.defaults(),
        ResilienceSettings.defaults(), Budgets.defaults(), new MetricRegistry())) {
      var settings = TushareSettings.of(URI.create(args[3]), FakeTushare.TOKEN)
          .withPace(Integer.parseInt(args[4]));
      SyncParts.create(persistence, target, settings, duration -> { },
          Clock.fixed(SyncIT.NOW.toInstant(), SyncParts.MARKET_ZONE))
          .run(SyncIT.JANUARY, SyncProgress.SILENT);
    }
    System.exit(0);
  }
}
