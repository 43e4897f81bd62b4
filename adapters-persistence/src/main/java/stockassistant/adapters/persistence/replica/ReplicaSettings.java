package stockassistant.adapters.persistence.replica;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.postgresql.Driver;
import stockassistant.adapters.persistence.pool.DatabaseTarget;

/**
 * Where read-only use cases may go ({@code DATABASE_READ_URL}, one host or pgjdbc's multi-host
 * form) and how stale a replica may be before reads leave it ({@code DB_READ_MAX_LAG_MS}). Each
 * host gets a pool of its own, so that one lagging or dead replica is left alone while the
 * others serve.
 *
 * @param replicas one target per host of the read URL
 * @param maxLag a replica further behind than this serves no reads until it catches up
 * @param checkInterval how often each replica's lag and the primary's WAL position are read
 */
public record ReplicaSettings(List<DatabaseTarget> replicas, Duration maxLag, Duration checkInterval) {
  public static final Duration DEFAULT_MAX_LAG = Duration.ofSeconds(1);
  public static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofMillis(250);

  public ReplicaSettings {
    replicas = List.copyOf(replicas);
    if (maxLag.toMillis() < 1) {
      throw new IllegalArgumentException("DB_READ_MAX_LAG_MS must be at least 1");
    }
  }

  /** No replicas: every read goes to the primary. */
  public static ReplicaSettings none() {
    return new ReplicaSettings(List.of(), DEFAULT_MAX_LAG, DEFAULT_CHECK_INTERVAL);
  }

  /** One replica per host of {@code readUrl}; the URL's parameters apply to each. */
  public static ReplicaSettings of(DatabaseTarget readUrl, Duration maxLag) {
    return new ReplicaSettings(perHost(readUrl), maxLag, DEFAULT_CHECK_INTERVAL);
  }

  public boolean isEmpty() {
    return replicas.isEmpty();
  }

  /** {@code jdbc:postgresql://a:5432,b:5433/db?x=y} becomes {@code a:5432/db?x=y} and {@code b:5433/db?x=y}. */
  static List<DatabaseTarget> perHost(DatabaseTarget target) {
    String url = target.jdbcUrl();
    // pgjdbc's own parser, so every URL form it accepts splits the way it would connect
    Properties parsed = Driver.parseURL(url, new Properties());
    if (parsed == null) {
      throw new IllegalArgumentException("DATABASE_READ_URL is not a PostgreSQL JDBC URL: "
          + target.maskedUrl());
    }
    String[] hosts = parsed.getProperty("PGHOST").split(",");
    String[] ports = parsed.getProperty("PGPORT").split(",");
    int query = url.indexOf('?');
    String parameters = query < 0 ? "" : url.substring(query);
    var targets = new ArrayList<DatabaseTarget>();
    for (int i = 0; i < hosts.length; i++) {
      String host = hosts[i].contains(":") && !hosts[i].startsWith("[") ? "[" + hosts[i] + "]" : hosts[i];
      targets.add(new DatabaseTarget("jdbc:postgresql://" + host + ":" + ports[i] + "/"
          + parsed.getProperty("PGDBNAME") + parameters, target.username(), target.password()));
    }
    return targets;
  }
}
