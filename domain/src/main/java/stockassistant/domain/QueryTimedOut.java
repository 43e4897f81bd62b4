package stockassistant.domain;

/** The database cancelled the statement because it ran past the configured statement timeout. */
public class QueryTimedOut extends RuntimeException {
  public QueryTimedOut(String message) {
    super(message, null, false, false);
  }
}
