package stockassistant.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import stockassistant.bootstrap.database.Migrations;

/** The schema is at the version this build expects. */
public final class MigrationsHealthCheck extends HealthCheck {
  private final Migrations migrations;

  public MigrationsHealthCheck(Migrations migrations) {
    this.migrations = migrations;
  }

  @Override
  protected Result check() {
    try {
      Migrations.Status status = migrations.status();
      ResultBuilder result = status.upToDate() ? Result.builder().healthy()
          : Result.builder().unhealthy();
      return result.withMessage(status.upToDate() ? "schema up to date"
              : status.pending() + " migration(s) pending; run ./stock-assistant migrate")
          .withDetail("version", status.currentVersion())
          .withDetail("pending", status.pending())
          .build();
    } catch (RuntimeException failure) {
      return Result.unhealthy("migration status unavailable: the database cannot be read");
    }
  }
}
