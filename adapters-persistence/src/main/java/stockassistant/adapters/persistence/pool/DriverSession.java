package stockassistant.adapters.persistence.pool;

/**
 * What a server session may hold, and its name.
 *
 * @param pooler what sits at the database's address; a transaction pooler changes how the
 *     statement timeout is set and forbids server-side prepared statements
 * @param prepareThreshold 0 disables server-side prepared statements (PgBouncer transaction mode)
 */
public record DriverSession(Pooler pooler, int prepareThreshold, String applicationName) {
  public static final int DEFAULT_PREPARE_THRESHOLD = 5;
  public static final String DEFAULT_APPLICATION_NAME = "stock-assistant";
  public static final DriverSession DEFAULTS =
      new DriverSession(Pooler.NONE, DEFAULT_PREPARE_THRESHOLD, DEFAULT_APPLICATION_NAME);

  public DriverSession {
    if (pooler == null) {
      pooler = Pooler.NONE;
    }
    if (pooler.poolsTransactions() && prepareThreshold != 0) {
      throw new IllegalArgumentException("DB_PREPARE_THRESHOLD must be 0 with DB_POOLER="
          + pooler.setting() + ": a server-side prepared statement stays on the server connection "
          + "that prepared it, which the next transaction may not get (was " + prepareThreshold + ")");
    }
  }
}
