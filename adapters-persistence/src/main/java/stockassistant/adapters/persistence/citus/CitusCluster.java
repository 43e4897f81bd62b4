package stockassistant.adapters.persistence.citus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Citus coordinator knows about its cluster: whether Citus is there at all, and each node
 * with its role, whether the coordinator reaches it now, and how many shard placements it holds.
 * Read by {@code doctor} and the readiness check; plain SQL on one connection to the coordinator.
 */
public final class CitusCluster {
  /** How long the coordinator waits for a node before calling it unreachable. */
  static final int CONNECT_TIMEOUT_MS = 2_000;

  private static final java.util.Map<String, Boolean> COORDINATORS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private CitusCluster() {}

  /**
   * {@link #installed}, asked once per database URL: a database does not become a Citus
   * coordinator, or stop being one, while a service runs on it (it takes a migrate and a restart).
   */
  public static boolean isCoordinator(Connection connection) throws SQLException {
    String url = connection.getMetaData().getURL();
    Boolean known = COORDINATORS.get(url);
    if (known == null) {
      known = installed(connection);
      COORDINATORS.put(url, known);
    }
    return known;
  }

  /**
   * Whether the open transaction has not yet reached any worker: Citus numbers a distributed
   * transaction at its first statement that opens worker connections (a read included), so 0
   * means none did. Local to the coordinator, no worker asked.
   */
  public static boolean noWorkerReachedYet(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT transaction_number = 0 FROM get_current_transaction_id()")) {
      rows.next();
      return rows.getBoolean(1);
    }
  }

  /**
   * For the rest of the open transaction, multi-shard writes go over one connection per worker
   * (the coordinator's cached one) instead of a new connection per shard: a COPY of a batch that
   * spans every shard then opens no connections (32 opened per batch cost more than the COPY).
   */
  public static void oneConnectionPerWorker(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET LOCAL citus.multi_shard_modify_mode = 'sequential'");
    }
  }

  /** One node of the cluster as the coordinator sees it. */
  public record Node(String host, int port, String role, boolean active, boolean reachable,
      long shards) {
    public String address() {
      return host + ":" + port;
    }

    /** {@code up}, {@code down} (unreachable) or {@code inactive} (disabled in the metadata). */
    public String state() {
      return !active ? "inactive" : reachable ? "up" : "down";
    }
  }

  /** Whether the database has the citus extension (so it is a coordinator). */
  public static boolean installed(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT 1 FROM pg_extension WHERE extname = 'citus'")) {
      return rows.next();
    }
  }

  /**
   * Every primary node in the coordinator's metadata, coordinator first. Each reachability check
   * opens a connection from the coordinator, waiting at most {@value #CONNECT_TIMEOUT_MS} ms (set
   * for one transaction only, so a pooled connection's session keeps its settings).
   */
  public static List<Node> nodes(Connection connection) throws SQLException {
    boolean autocommit = connection.getAutoCommit();
    if (autocommit) {
      connection.setAutoCommit(false);
    }
    try {
      List<Node> nodes = readNodes(connection);
      if (autocommit) {
        connection.commit();
      }
      return nodes;
    } finally {
      if (autocommit) {
        connection.rollback(); // a no-op after the commit; ends the transaction after a failure
        connection.setAutoCommit(true);
      }
    }
  }

  private static List<Node> readNodes(Connection connection) throws SQLException {
    var nodes = new ArrayList<Node>();
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET LOCAL citus.node_connection_timeout = " + CONNECT_TIMEOUT_MS);
      try (ResultSet rows = statement.executeQuery("""
          SELECT n.nodename, n.nodeport, CASE WHEN n.groupid = 0 THEN 'coordinator' ELSE 'worker' END,
                 n.isactive,
                 n.groupid = 0 OR (n.isactive AND citus_check_connection_to_node(n.nodename, n.nodeport)),
                 (SELECT count(*) FROM pg_dist_placement p WHERE p.groupid = n.groupid)
          FROM pg_dist_node n WHERE n.noderole = 'primary'
          ORDER BY n.groupid, n.nodename, n.nodeport""")) {
        while (rows.next()) {
          nodes.add(new Node(rows.getString(1), rows.getInt(2), rows.getString(3),
              rows.getBoolean(4), rows.getBoolean(5), rows.getLong(6)));
        }
      }
    }
    return nodes;
  }

  /** Tables Citus knows, with how each is spread: {@code distributed by third_code}, {@code reference}. */
  public static java.util.Map<String, String> tables(Connection connection) throws SQLException {
    var tables = new java.util.LinkedHashMap<String, String>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("""
            SELECT logicalrelid::regclass::text,
                   CASE partmethod WHEN 'h' THEN 'distributed by '
                        || column_to_column_name(logicalrelid, partkey)
                        WHEN 'n' THEN CASE repmodel WHEN 't' THEN 'reference' ELSE 'local' END
                        ELSE 'other' END
            FROM pg_dist_partition ORDER BY 1""")) {
      while (rows.next()) {
        tables.put(rows.getString(1), rows.getString(2));
      }
    }
    return tables;
  }
}
