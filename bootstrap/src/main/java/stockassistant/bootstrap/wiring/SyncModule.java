package stockassistant.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.application.sync.MarketSync;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.database.DatabaseRuntime;
import stockassistant.bootstrap.sync.SyncParts;

/** The Tushare sync: one per process, its lock on the direct (migration) connection. */
public final class SyncModule extends AbstractModule {

  @Provides
  @Singleton
  MarketSync marketSync(Persistence persistence, DatabaseRuntime database, AppConfig config) {
    return SyncParts.create(persistence, config.migrationTarget(database.target()),
        config.sync().client());
  }
}
