package stockassistant.adapters.web.ops.prometheus;

import static stockassistant.adapters.web.ops.prometheus.FamilyRule.Shape.BREAKER_STATE;
import static stockassistant.adapters.web.ops.prometheus.FamilyRule.Shape.COUNTER;
import static stockassistant.adapters.web.ops.prometheus.FamilyRule.Shape.GAUGE;

import java.util.List;

/**
 * Dropwizard names to the Prometheus names users already know: Micrometer's for HikariCP
 * ({@code hikaricp_connections_active{pool}}) and Resilience4j
 * ({@code resilience4j_circuitbreaker_state{name,state}}), ours for the rest. First match wins.
 */
final class ConventionalNames {
  private static final double NANOS = 1e-9;
  private static final double MILLIS = 1e-3;
  private static final String POOL = "([^.]+)\\.pool\\.";
  private static final String BREAKER = "resilience4j\\.circuitbreaker\\.([^.]+)\\.";

  static final List<FamilyRule> RULES = List.of(
      // client_java's hotspot collectors export the JVM under its usual names
      FamilyRule.skip("jvm\\..*"),
      // RequestMetrics records http_server_requests_seconds itself, with the exact status
      FamilyRule.skip("http\\..*"),
      FamilyRule.summary("usecase\\.([^.]+\\.[^.]+)", "stock_assistant_usecase_duration_seconds",
          NANOS, "Time one use case of the in-process API took, by Facade.method", "usecase"),
      FamilyRule.summary("repository\\.([^.]+)\\.([^.]+)",
          "stock_assistant_repository_duration_seconds", NANOS,
          "Time one repository call took inside its unit of work (SQL and reading the rows), "
              + "by port and method", "port", "method"),

      FamilyRule.of(POOL + "ActiveConnections", "hikaricp_connections_active", GAUGE,
          "Connections in use", "pool"),
      FamilyRule.of(POOL + "IdleConnections", "hikaricp_connections_idle", GAUGE,
          "Connections open and waiting in the pool", "pool"),
      FamilyRule.of(POOL + "PendingConnections", "hikaricp_connections_pending", GAUGE,
          "Threads waiting for a connection", "pool"),
      FamilyRule.of(POOL + "TotalConnections", "hikaricp_connections", GAUGE,
          "Connections open, in use or idle", "pool"),
      FamilyRule.of(POOL + "MaxConnections", "hikaricp_connections_max", GAUGE,
          "Most connections the pool opens", "pool"),
      FamilyRule.of(POOL + "MinConnections", "hikaricp_connections_min", GAUGE,
          "Idle connections the pool keeps", "pool"),
      FamilyRule.summary(POOL + "Wait", "hikaricp_connections_acquire_seconds", NANOS,
          "Time callers waited for a connection", "pool"),
      FamilyRule.summary(POOL + "Usage", "hikaricp_connections_usage_seconds", MILLIS,
          "Time a connection was held before it went back to the pool", "pool"),
      FamilyRule.summary(POOL + "ConnectionCreation", "hikaricp_connections_creation_seconds",
          MILLIS, "Time to open a new connection", "pool"),
      FamilyRule.of(POOL + "ConnectionTimeoutRate", "hikaricp_connections_timeout", COUNTER,
          "Callers that gave up waiting for a connection (connection timeout)", "pool"),
      FamilyRule.of(POOL + "Leaks", "stock_assistant_connection_leaks", COUNTER,
          "Connections held past the leak-detection threshold (DB_LEAK_DETECTION_MS)", "pool"),
      FamilyRule.of(POOL + "LeaksUnleaked", "stock_assistant_connection_leaks_returned", COUNTER,
          "Connections reported as leaked that came back after all", "pool"),

      FamilyRule.of(BREAKER + "state", "resilience4j_circuitbreaker_state", BREAKER_STATE,
          "1 for the circuit breaker's current state, 0 for the others", "name"),
      FamilyRule.of(BREAKER + "(failed|successful)", "resilience4j_circuitbreaker_buffered_calls",
          GAUGE, "Calls in the breaker's sliding window, by outcome", "name", "kind"),
      FamilyRule.of(BREAKER + "slow_(failed|successful)", "resilience4j_circuitbreaker_slow_calls",
          GAUGE, "Slow calls in the breaker's sliding window, by outcome", "name", "kind"),
      FamilyRule.of(BREAKER + "not_permitted", "resilience4j_circuitbreaker_not_permitted_calls",
          COUNTER, "Calls refused because the circuit was open", "name"),
      FamilyRule.of(BREAKER + "failure_rate", "resilience4j_circuitbreaker_failure_rate", GAUGE,
          "Percentage of failed calls in the window; -1 until enough calls were made", "name"),
      FamilyRule.of(BREAKER + "slow_call_rate", "resilience4j_circuitbreaker_slow_call_rate",
          GAUGE, "Percentage of slow calls in the window; -1 until enough calls were made",
          "name"),
      // totals of the kinds above
      FamilyRule.skip(BREAKER + "(buffered|slow)"),
      retry("successful_calls_without_retry", "successful_without_retry"),
      retry("successful_calls_with_retry", "successful_with_retry"),
      retry("failed_calls_with_retry", "failed_with_retry"),
      retry("failed_calls_without_retry", "failed_without_retry"),

      // the store looking after itself (issue 30)
      FamilyRule.of("storage\\.data_dir\\.free_bytes", "stock_assistant_data_dir_free_bytes", GAUGE,
          "Bytes free for us on the embedded data directory's filesystem"),
      FamilyRule.of("storage\\.database\\.size_bytes", "stock_assistant_database_size_bytes", GAUGE,
          "pg_database_size of our database, sampled every 15 s (-1 until known)"),
      FamilyRule.of("embedded\\.postgres\\.restarts", "stock_assistant_embedded_postgres_restarts",
          COUNTER, "Times serve started the embedded PostgreSQL again after it died"),
      // issue 29: freshness per dataset, for an alert when the store falls behind
      // (promtool wants base units in a name that says days: these are trading sessions)
      FamilyRule.of("quality\\.freshness\\.([a-z_]+)\\.age_days",
          "stock_assistant_data_sessions_behind", GAUGE, "Open days (trading sessions) between "
              + "a dataset's newest stored day and the newest open day up to today (NaN: "
              + "nothing stored)", "dataset"));

  private ConventionalNames() {}

  private static FamilyRule retry(String dropwizard, String kind) {
    return FamilyRule.of("resilience4j\\.retry\\.([^.]+)\\." + dropwizard,
        "resilience4j_retry_calls", COUNTER,
        "Calls through the retry, by outcome and whether they were retried", "name",
        "kind=" + kind);
  }
}
