package stockassistant.adapters.persistence.pool;

/**
 * How to use the database: every knob of the connection pool and the driver, explicit, in one
 * small record per concern. Where the database is lives in {@link DatabaseTarget}. The README's
 * settings table explains each knob, its default and its floor ({@code PoolSettingsReadmeTest}
 * holds the two together).
 */
public record PoolSettings(PoolSizing sizing, PoolTimeouts timeouts, DriverTls tls,
    DriverSession session) {

  public static PoolSettings defaults() {
    return new PoolSettings(PoolSizing.DEFAULTS, PoolTimeouts.DEFAULTS, DriverTls.DEFAULTS,
        DriverSession.DEFAULTS);
  }
}
