package stockassistant.domain.sync;

/**
 * The upstream will not answer now, and retrying here would not help: what it means for the run
 * is the {@link Reason}. The message is the upstream's own (never the token).
 */
public final class FeedStopped extends RuntimeException {
  /** Why the upstream stopped answering. */
  public enum Reason {
    /** The daily allowance of one api is spent: resumable tomorrow. */
    DAILY_LIMIT,
    /** The account may not call this api (too few points). */
    NO_PERMISSION,
    /** The token is missing or wrong. */
    BAD_TOKEN,
    /** Server errors, resets or timeouts outlasted the retries. */
    UNAVAILABLE,
    /** Any other refusal (a non-zero code with another message). */
    REFUSED
  }

  private final Reason reason;
  private final String api;

  public FeedStopped(Reason reason, String api, String message) {
    super(api + ": " + message, null, false, false);
    this.reason = reason;
    this.api = api;
  }

  public Reason reason() {
    return reason;
  }

  public String api() {
    return api;
  }
}
