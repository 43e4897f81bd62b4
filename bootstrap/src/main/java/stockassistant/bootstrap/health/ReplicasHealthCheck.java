package stockassistant.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import stockassistant.adapters.persistence.replica.Replica;
import stockassistant.adapters.persistence.replica.Replicas;

/**
 * Each read replica with its state and lag. Never makes the instance unready: with no replica
 * serving, the primary serves the reads (the "database" check says whether it answers).
 */
public final class ReplicasHealthCheck extends HealthCheck {
  private final Replicas replicas;

  public ReplicasHealthCheck(Replicas replicas) {
    this.replicas = replicas;
  }

  @Override
  protected Result check() {
    List<Map<String, Object>> targets = replicas.all().stream().map(ReplicasHealthCheck::describe).toList();
    long serving = replicas.all().stream().filter(r -> r.state() == Replica.State.SERVING).count();
    String message = serving > 0
        ? serving + " of " + targets.size() + " replica(s) serve reads"
        : "no replica serves reads; the primary serves them";
    return Result.builder().healthy().withMessage(message).withDetail("replicas", targets).build();
  }

  private static Map<String, Object> describe(Replica replica) {
    var target = new LinkedHashMap<String, Object>();
    target.put("target", replica.name());
    target.put("state", replica.state().label());
    target.put("lag_ms", replica.lagMillis());
    target.put("reads", replica.reads());
    return target;
  }
}
