package stockassistant.adapters.persistence.testing;

import java.time.Duration;
import stockassistant.adapters.persistence.pool.DriverSession;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.adapters.persistence.pool.PoolTimeouts;
import stockassistant.adapters.persistence.pool.Pooler;

/** Pool settings changed in one knob, for tests (main has no withers). */
public final class TestPoolSettings {
  private TestPoolSettings() {}

  public static PoolSettings withStatementTimeout(PoolSettings s, Duration statement) {
    PoolTimeouts t = s.timeouts();
    return new PoolSettings(s.sizing(), new PoolTimeouts(t.connectionTimeout(),
        t.validationTimeout(), t.connectTimeout(), t.socketTimeout(), statement), s.tls(), s.session());
  }

  public static PoolSettings withPooler(PoolSettings s, Pooler pooler) {
    DriverSession session = s.session();
    return new PoolSettings(s.sizing(), s.timeouts(), s.tls(), new DriverSession(pooler,
        pooler.poolsTransactions() ? 0 : session.prepareThreshold(), session.applicationName()));
  }
}
