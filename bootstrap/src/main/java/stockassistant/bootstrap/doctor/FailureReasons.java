package stockassistant.bootstrap.doctor;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Turns a failure into the one line a person needs: what went wrong and what to check. */
public final class FailureReasons {
  private FailureReasons() {}

  public static String describe(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
          return "authentication failed: the database rejected the user or password "
              + "(check DATABASE_URL or POSTGRES_USER/POSTGRES_PASSWORD)";
        }
        if (state.equals("3D000")) {
          return "the database does not exist on the server (check the database name)";
        }
        if (state.startsWith("08")) {
          return "cannot reach the database server (check host and port, and that it is running)";
        }
      }
      if (cause instanceof ConnectException) {
        return "cannot reach the database server: connection refused (check host and port)";
      }
      if (cause instanceof UnknownHostException) {
        return "cannot reach the database server: unknown host";
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    String message = failure.getMessage();
    return message == null ? failure.getClass().getSimpleName() : firstLine(message);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
