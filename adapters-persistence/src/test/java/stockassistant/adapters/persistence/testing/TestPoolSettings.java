package stockassistant.adapters.persistence.testing;

import java.time.Duration;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.adapters.persistence.pool.Pooler;

/** The product's pool settings with one knob changed, as a test needs them. */
public final class TestPoolSettings {
  private TestPoolSettings() {}

  public static PoolSettings withStatementTimeout(PoolSettings s, Duration statement) {
    return new PoolSettings(s.maximumPoolSize(), s.minimumIdle(), s.connectionTimeout(),
        s.idleTimeout(), s.maxLifetime(), s.keepaliveTime(), s.leakDetectionThreshold(),
        s.validationTimeout(), s.connectTimeout(), s.socketTimeout(), statement, s.sslMode(),
        s.sslRootCert(), s.prepareThreshold(), s.applicationName(), s.pooler());
  }

  /** The same settings behind {@code pooler}; a transaction pooler turns prepared statements off. */
  public static PoolSettings withPooler(PoolSettings s, Pooler pooler) {
    return new PoolSettings(s.maximumPoolSize(), s.minimumIdle(), s.connectionTimeout(),
        s.idleTimeout(), s.maxLifetime(), s.keepaliveTime(), s.leakDetectionThreshold(),
        s.validationTimeout(), s.connectTimeout(), s.socketTimeout(), s.statementTimeout(),
        s.sslMode(), s.sslRootCert(), pooler.poolsTransactions() ? 0 : s.prepareThreshold(),
        s.applicationName(), pooler);
  }
}
