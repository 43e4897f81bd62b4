package stockassistant.adapters.web.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import stockassistant.adapters.web.errors.ApiError;

/**
 * Writes need {@code Authorization: Bearer <STOCK_API_TOKEN>} when a token is configured; with
 * HTTP_READS_NEED_TOKEN every other request does too (the docs, the metrics, pages added later),
 * but the health probes, which a load balancer calls without credentials and which say little
 * more than up or down.
 */
public final class BearerAuth {
  private static final Set<String> OPEN_PATHS = Set.of("/health/live", "/health/ready");

  private final byte[] token;
  private final boolean readsNeedToken;
  private final List<String> tokenInBody;

  /**
   * @param tokenInBody paths (and those below them) whose POSTs are reads that carry the token
   *     in their body, checked by their route: the Tushare protocol
   */
  public BearerAuth(String token, boolean readsNeedToken, String... tokenInBody) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.readsNeedToken = readsNeedToken;
    this.tokenInBody = List.of(tokenInBody);
  }

  public void check(Context ctx) {
    boolean write = Route.isWrite(ctx.method());
    if (token == null || carriesTokenInBody(ctx.path())
        || !write && (!readsNeedToken || isOpen(ctx.path()))) {
      return;
    }
    String header = ctx.header("Authorization");
    String prefix = "Bearer ";
    if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw ApiError.unauthorized(write ? "writes need an Authorization: Bearer token"
          : "this server needs an Authorization: Bearer token on every request");
    }
    byte[] given = header.substring(prefix.length()).trim().getBytes(StandardCharsets.UTF_8);
    // constant-time comparison: the time taken says nothing about how much of the token matched
    if (!MessageDigest.isEqual(given, token)) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw ApiError.unauthorized("the bearer token is not valid");
    }
  }

  private boolean carriesTokenInBody(String path) {
    return tokenInBody.stream().anyMatch(root -> path.equals(root) || path.startsWith(root + "/"));
  }

  /**
   * A path every client may read, whatever HTTP_READS_NEED_TOKEN says: the health probes, and
   * the dashboard's page and static files, which hold no data (the page asks for the token and
   * sends it with every data request).
   */
  public static boolean isOpen(String path) {
    return OPEN_PATHS.contains(path) || path.equals("/dashboard")
        || path.startsWith("/dashboard/assets/");
  }

}
