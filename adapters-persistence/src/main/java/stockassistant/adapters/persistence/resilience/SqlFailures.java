package stockassistant.adapters.persistence.resilience;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import stockassistant.domain.DataConflict;
import stockassistant.domain.DatabaseFull;
import stockassistant.domain.DatabaseUnavailable;
import stockassistant.domain.QueryTimedOut;

/**
 * The one place that decides what a database failure means: whether trying again can help, and
 * which domain failure callers see. Classification is by SQLState, the only stable contract.
 */
public final class SqlFailures {

  /** What a failure says about the database, and whether a retry can help. */
  public enum Kind {
    // SQLState class 08: the connection could not be made or was lost mid-call. Retry: a new
    // connection may well work (Hikari skips validation for recently used connections).
    CONNECTION_LOST(true),
    // Hikari's pool timeout caused by failing connection attempts: the database is down.
    DATABASE_UNREACHABLE(true),
    // A Citus coordinator answered, but reports it could not reach a worker: class 08 sent by the
    // server (our own connection is fine), or XX000 "could not connect to any active placements"
    // (Citus's COPY). Retry: a worker just restarted fails once on a cached connection. But the
    // breaker must not count it: calls for data on the other workers still work.
    NODE_UNREACHABLE(true),
    // Hikari's pool timeout with every connection healthy but busy: retrying only adds load.
    POOL_EXHAUSTED(false),
    // 40001 serialization_failure, 40P01 deadlock_detected: the server chose us as the victim;
    // the same transaction usually succeeds when repeated.
    TRANSACTION_CONFLICT(true),
    // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, class 53
    // insufficient resources (too many connections, out of memory): the server is restarting
    // or busy.
    SERVER_UNAVAILABLE(true),
    // 53100 disk_full, or any state whose server message says ENOSPC ("No space left on
    // device": PostgreSQL maps it to 53100, but a PANIC on a WAL write reaches us otherwise).
    // Nothing frees disk space by waiting: never retried, and not a breaker failure.
    DISK_FULL(false),
    // 25006 read_only_sql_transaction: the embedded server is read-only after its disk filled
    // (a configured primary never says it; a standby would, and waiting does not help there
    // either). Never retried.
    WRITES_REFUSED(false),
    // 57014 query_canceled: statement_timeout fired. Repeating the query repeats the wait.
    STATEMENT_TIMEOUT(false),
    // class 23 integrity constraint violation: the data is wrong; retrying cannot fix it.
    CONSTRAINT_VIOLATION(false),
    // anything else (syntax, data exceptions, bugs): never retried.
    OTHER(false);

    private final boolean transientFailure;

    Kind(boolean transientFailure) {
      this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
      return transientFailure;
    }
  }

  /** strerror(ENOSPC), as PostgreSQL writes it into messages and its log. */
  public static final String NO_SPACE = "No space left on device";

  /** A worker restarting is back within seconds; the breaker's wait does not apply to it. */
  static final Duration NODE_RETRY_AFTER = Duration.ofSeconds(2);

  private SqlFailures() {}

  public static Kind classify(Throwable failure) {
    // MyBatis and Hikari wrap the SQLException; walk the causes before classifying
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException pool && pool.getSQLState() == null) {
        return pool.getCause() == null ? Kind.POOL_EXHAUSTED : Kind.DATABASE_UNREACHABLE;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        if (saysNoSpace(sql)) {
          return Kind.DISK_FULL;
        }
        return reportedByServer(sql) && isNodeFailure(sql) ? Kind.NODE_UNREACHABLE
            : byState(sql.getSQLState());
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    return Kind.OTHER;
  }

  /** A failure the server sent (pgjdbc's own connection failures carry no server message). */
  private static boolean reportedByServer(SQLException failure) {
    return failure instanceof org.postgresql.util.PSQLException psql
        && psql.getServerErrorMessage() != null;
  }

  /** Citus's words for "a worker did not answer", as a coordinator reports them. */
  private static boolean isNodeFailure(SQLException failure) {
    String state = failure.getSQLState();
    String message = failure.getMessage() == null ? "" : failure.getMessage();
    // 08P01 (protocol violation) is the server's complaint about our own connection
    return (state.startsWith("08") && !"08P01".equals(state))
        || ("XX000".equals(state) && message.contains("could not connect to any active placements"));
  }

  /** Whether a failure says the database itself is sick: what the circuit breaker counts. */
  public static boolean isDatabaseFailure(Throwable failure) {
    Kind kind = classify(failure);
    return kind.isTransient() && kind != Kind.NODE_UNREACHABLE;
  }

  static Kind byState(String state) {
    if (state.startsWith("08")) {
      return Kind.CONNECTION_LOST;
    }
    return switch (state) {
      case "40001", "40P01" -> Kind.TRANSACTION_CONFLICT;
      case "57P01", "57P02", "57P03" -> Kind.SERVER_UNAVAILABLE;
      case "57014" -> Kind.STATEMENT_TIMEOUT;
      case "53100" -> Kind.DISK_FULL;
      case "25006" -> Kind.WRITES_REFUSED;
      default -> {
        if (state.startsWith("53")) {
          yield Kind.SERVER_UNAVAILABLE;
        }
        yield state.startsWith("23") ? Kind.CONSTRAINT_VIOLATION : Kind.OTHER;
      }
    };
  }

  /** The server's own words for ENOSPC, whatever state it chose (C locale: the embedded one). */
  private static boolean saysNoSpace(SQLException sql) {
    String message = sql.getMessage();
    return message != null && message.contains(NO_SPACE);
  }

  /**
   * 23505 unique_violation as the failure's first SQL cause: a COPY straight into the table met
   * a key already stored (the caller then stages and merges instead).
   */
  public static boolean isUniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return "23505".equals(sql.getSQLState());
      }
    }
    return false;
  }

  /**
   * XX000 from a Citus coordinator that is not a node unreachable: Citus re-raises whatever a
   * shard's COPY reported (a key already stored among them) as XX000 with the shard's message
   * alone, so the real state is lost. A COPY straight into the table that fails so is treated
   * like {@link #isUniqueViolation}: the merge that follows reports the real state if it was
   * something else.
   */
  public static boolean isCitusShardCopyError(Throwable failure) {
    for (Throwable cause = failure; cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return "XX000".equals(sql.getSQLState()) && classify(sql) == Kind.OTHER;
      }
    }
    return false;
  }

  public static boolean isTransient(Throwable failure) {
    return classify(failure).isTransient();
  }

  /**
   * The failure callers see. Messages are written for people and carry no SQL, no values and no
   * connection details: they end up in HTTP responses, v1 and /tushare alike, word for word.
   */
  public static RuntimeException toDomain(Throwable failure, Duration retryAfter) {
    return switch (classify(failure)) {
      case NODE_UNREACHABLE -> unavailable(DatabaseUnavailable.Cause.NODE_UNREACHABLE,
          NODE_RETRY_AFTER);
      case CONNECTION_LOST, DATABASE_UNREACHABLE -> unavailable(
          DatabaseUnavailable.Cause.CONNECTION_FAILED, retryAfter);
      case POOL_EXHAUSTED -> unavailable(DatabaseUnavailable.Cause.POOL_EXHAUSTED,
          Duration.ofSeconds(1));
      case TRANSACTION_CONFLICT, SERVER_UNAVAILABLE -> unavailable(
          DatabaseUnavailable.Cause.TRANSIENT_REFUSAL, retryAfter);
      // no file name, no mount point: the message reaches HTTP clients
      case DISK_FULL -> new DatabaseFull("the database is out of disk space; nothing more can "
          + "be stored until space is freed");
      case WRITES_REFUSED -> new DatabaseFull("the database takes no writes for now: it is "
          + "read-only (the embedded one after its disk filled, until space is freed)");
      case STATEMENT_TIMEOUT -> new QueryTimedOut("the query ran longer than the statement "
          + "timeout; narrow the request (a shorter date range, fewer codes, or a limit)");
      case CONSTRAINT_VIOLATION -> new DataConflict(conflictMessage(failure));
      case OTHER -> failure instanceof RuntimeException runtime
          ? runtime : new PersistenceFailure("database call failed", failure);
    };
  }

  /** "Not now" with the one wording of each cause, and when to try again (whole seconds, ≥ 1). */
  public static DatabaseUnavailable unavailable(DatabaseUnavailable.Cause cause,
      Duration retryAfter) {
    long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    String message = switch (cause) {
      case POOL_EXHAUSTED -> "all database connections are busy (the pool is exhausted); retry "
          + "shortly";
      case CIRCUIT_OPEN -> "the database is failing and calls are paused (circuit open); retry "
          + "after " + seconds + " s";
      case CONNECTION_FAILED -> "the database cannot be reached; retry after " + seconds + " s";
      case TRANSIENT_REFUSAL -> "the database refused the work for now (restarting or "
          + "overloaded)";
      case NODE_UNREACHABLE -> "a database node holding this data cannot be reached; retry after "
          + seconds + " s";
    };
    return new DatabaseUnavailable(cause, Duration.ofSeconds(seconds), message);
  }

  private static String conflictMessage(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.postgresql.util.PSQLException psql
          && psql.getServerErrorMessage() != null
          && psql.getServerErrorMessage().getConstraint() != null) {
        return "the write conflicts with stored data (constraint "
            + psql.getServerErrorMessage().getConstraint() + ")";
      }
    }
    return "the write conflicts with stored data";
  }
}
