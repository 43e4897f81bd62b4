package stockassistant.adapters.web.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import stockassistant.adapters.web.errors.ApiError;

/** Writes need {@code Authorization: Bearer <STOCK_API_TOKEN>} when a token is configured. */
public final class BearerAuth {
  private final byte[] token;
  private final List<String> tokenInBody;

  /**
   * @param tokenInBody paths (and those below them) whose POSTs are reads that carry the token
   *     in their body, checked by their route: the Tushare protocol
   */
  public BearerAuth(String token, String... tokenInBody) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.tokenInBody = List.of(tokenInBody);
  }

  public void check(Context ctx) {
    if (token == null || !isWrite(ctx.method()) || carriesTokenInBody(ctx.path())) {
      return;
    }
    String header = ctx.header("Authorization");
    String prefix = "Bearer ";
    if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw ApiError.unauthorized("writes need an Authorization: Bearer token");
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

  private static boolean isWrite(HandlerType method) {
    return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.DELETE
        || method == HandlerType.PATCH;
  }
}
