package stockassistant.bootstrap.doctor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import stockassistant.adapters.persistence.citus.CitusCluster;

/** On a Citus coordinator: each node, its state and shard count, and how each table is spread. */
final class CitusCheck {
  private CitusCheck() {}

  /** Fills {@code citus}; returns the first problem, or null (also when Citus is not there). */
  static String run(Connection connection, Map<String, Object> report) throws SQLException {
    if (!CitusCluster.installed(connection)) {
      return null;
    }
    List<CitusCluster.Node> nodes = CitusCluster.nodes(connection);
    Map<String, String> tables = CitusCluster.tables(connection);
    var citus = new LinkedHashMap<String, Object>();
    citus.put("nodes", nodes.stream().map(CitusCheck::describe).toList());
    citus.put("tables", tables);
    report.put("citus", citus);
    List<String> down = nodes.stream().filter(node -> !"up".equals(node.state()))
        .map(node -> node.role() + " " + node.address() + " (" + node.state() + ")").toList();
    if (!down.isEmpty()) {
      return "Citus node(s) not answering: " + String.join(", ", down)
          + "; calls that need their shards fail with 503 until they are back";
    }
    if (nodes.stream().noneMatch(node -> "worker".equals(node.role()))) {
      return "the citus extension is installed but the coordinator has no workers: "
          + "add them with SELECT citus_add_node(host, port)";
    }
    if (!tables.containsKey("stock_daily")) {
      return "the tables are not distributed over the Citus cluster yet: run ./stock-assistant migrate";
    }
    return null;
  }

  private static Map<String, Object> describe(CitusCluster.Node node) {
    var view = new LinkedHashMap<String, Object>();
    view.put("node", node.address());
    view.put("role", node.role());
    view.put("state", node.state());
    view.put("shards", node.shards());
    return view;
  }
}
