package stockassistant.adapters.web.errors;

import io.javalin.http.Context;

/**
 * The client closed the connection while its response was being written. Not a failure of the
 * service: it is counted, logged as an access line with status 499 (nginx's "client closed
 * request"), and whatever the request held is released as the exception unwinds.
 */
public final class ClientGone extends RuntimeException {
  /** Status shown in the access log and metrics for a request whose client went away. */
  public static final int STATUS = 499;
  private static final String MARK = "stockassistant.clientGone";

  public ClientGone(Throwable cause) {
    super("the client closed the connection", cause, false, false);
  }

  /** Remembers on the request that its client went away (the response is already committed). */
  public static void mark(Context ctx) {
    ctx.attribute(MARK, Boolean.TRUE);
  }

  /** The status to report for this request: 499 when its client went away. */
  public static int statusOf(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(MARK)) ? STATUS : ctx.statusCode();
  }
}
