package stockassistant.adapters.persistence.pool;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What stands between the service and PostgreSQL ({@code DB_POOLER}). Behind PgBouncer in
 * transaction mode, consecutive transactions of one client connection may run on different server
 * connections, so nothing may outlive a transaction on the server: no server-side prepared
 * statements, no {@code options} startup parameter (PgBouncer 1.18 refuses it), no {@code SET}
 * outside a transaction, no advisory locks (Flyway takes one: migrations need a direct URL).
 */
public enum Pooler {
  /** A direct connection, or a pooler in session mode: a client connection is one server session. */
  NONE("none"),
  /** PgBouncer with {@code pool_mode = transaction} (any version, prepared statements or not). */
  PGBOUNCER_TRANSACTION("pgbouncer-transaction");

  private final String setting;

  Pooler(String setting) {
    this.setting = setting;
  }

  /** The value of {@code DB_POOLER}. */
  public String setting() {
    return setting;
  }

  /** True when a server session may change under the client between two transactions. */
  public boolean poolsTransactions() {
    return this == PGBOUNCER_TRANSACTION;
  }

  public static Pooler of(String setting) {
    String wanted = setting.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(pooler -> pooler.setting.equals(wanted)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("DB_POOLER must be one of "
            + Arrays.stream(values()).map(Pooler::setting).collect(Collectors.joining(", "))
            + " (was " + setting + ")"));
  }
}
