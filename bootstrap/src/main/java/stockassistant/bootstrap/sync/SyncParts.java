package stockassistant.bootstrap.sync;

import java.time.Clock;
import java.time.ZoneId;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.sync.AdvisoryLock;
import stockassistant.adapters.web.tushare.client.Sleeper;
import stockassistant.adapters.web.tushare.client.TushareClient;
import stockassistant.adapters.web.tushare.client.TushareSettings;
import stockassistant.application.sync.MarketSync;
import stockassistant.application.sync.SyncCalendar;

/**
 * The sync assembled from its parts: the Tushare client, the persistence side (the same units of
 * work and COPY upsert as every write) and the advisory lock on a direct connection.
 */
public final class SyncParts {
  /** The trading days are Shanghai's: "today" and STOCK_SYNC_AT are read there. */
  public static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");

  private SyncParts() {}

  public static MarketSync create(Persistence persistence, DatabaseTarget lockTarget,
      TushareSettings upstream, Sleeper sleeper, Clock clock) {
    return new MarketSync(new TushareClient(upstream, sleeper), persistence.stocks(),
        persistence.quotes(), persistence.finance(),
        new SyncCalendar(persistence.calendar(), persistence.suspensions()),
        persistence.syncWatermark(), persistence.syncJournal(),
        new AdvisoryLock(lockTarget, persistence.pool().settings()), persistence.unitOfWork(), clock);
  }

  /** With the production waits and Shanghai's clock. */
  public static MarketSync create(Persistence persistence, DatabaseTarget lockTarget,
      TushareSettings upstream) {
    return create(persistence, lockTarget, upstream, Sleeper.REAL, Clock.system(MARKET_ZONE));
  }
}
