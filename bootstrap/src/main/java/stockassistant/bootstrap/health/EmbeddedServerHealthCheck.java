package stockassistant.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import stockassistant.adapters.persistence.embedded.PostmasterWatch;

/**
 * The embedded server's keeper: ready while it runs; not ready while it is being restarted, or
 * after the watch gave up (the message says why). In memory: always current, never blocks.
 */
public final class EmbeddedServerHealthCheck extends HealthCheck {
  private final PostmasterWatch watch;

  public EmbeddedServerHealthCheck(PostmasterWatch watch) {
    this.watch = watch;
  }

  @Override
  protected Result check() {
    PostmasterWatch.Status status = watch.status();
    ResultBuilder result = status.state() == PostmasterWatch.State.RESTARTING
        || status.state() == PostmasterWatch.State.GAVE_UP
        ? Result.builder().unhealthy() : Result.builder().healthy();
    result.withMessage(status.message())
        .withDetail("state", status.state().name())
        .withDetail("restarts", status.restarts())
        // reads are served, so still ready: degraded, and the message says why
        .withDetail("degraded", watch.refusesWrites())
        .withDetail("writes_refused", watch.refusesWrites());
    if (status.lastDeath() != null) {
      result.withDetail("last_stop_at", status.lastDeath().toString())
          .withDetail("last_stop_reason", status.lastReason());
    }
    return result.build();
  }
}
