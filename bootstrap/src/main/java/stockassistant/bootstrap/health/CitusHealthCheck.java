package stockassistant.bootstrap.health;

import stockassistant.adapters.persistence.session.OpenWork;
import com.codahale.metrics.health.HealthCheck;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.citus.CitusCluster;
import stockassistant.adapters.persistence.resilience.PersistenceFailure;
import stockassistant.domain.DatabaseUnavailable;

/**
 * The Citus cluster behind the coordinator: each node, its state and its shard placements.
 * A worker down does not make the instance unready: the coordinator still serves every call that
 * does not need that worker (the other codes, the reference tables), and every instance sees the
 * same cluster, so unready instances would turn a partial outage into a whole one. The check says
 * which node is down; calls needing it get 503 with Retry-After. The coordinator not answering is
 * the database down, as the "database" check says too.
 */
public final class CitusHealthCheck extends HealthCheck {
  private final Persistence persistence;

  public CitusHealthCheck(Persistence persistence) {
    this.persistence = persistence;
  }

  @Override
  protected Result check() {
    List<CitusCluster.Node> nodes;
    try {
      nodes = persistence.unitOfWork().readFresh("Health.citus", db -> {
        try {
          return CitusCluster.nodes(OpenWork.of(db).connection());
        } catch (SQLException failure) {
          throw new PersistenceFailure("citus health check failed", failure);
        }
      });
    } catch (RuntimeException failure) {
      return Result.builder().unhealthy().withMessage("the coordinator cannot be asked: "
          + (failure instanceof DatabaseUnavailable ? failure.getMessage() : "failed")).build();
    }
    List<String> down = nodes.stream().filter(node -> !"up".equals(node.state()))
        .map(CitusCluster.Node::address).toList();
    long workers = nodes.stream().filter(node -> "worker".equals(node.role())).count();
    String message = down.isEmpty() ? "all " + nodes.size() + " nodes answer (" + workers
        + " worker(s))" : "not answering: " + String.join(", ", down)
        + "; calls needing their shards get 503, the others are served";
    return Result.builder().healthy().withMessage(message)
        .withDetail("nodes", nodes.stream().map(CitusHealthCheck::describe).toList())
        .withDetail("down", down).build();
  }

  static Map<String, Object> describe(CitusCluster.Node node) {
    var view = new LinkedHashMap<String, Object>();
    view.put("node", node.address());
    view.put("role", node.role());
    view.put("state", node.state());
    view.put("shards", node.shards());
    return view;
  }
}
