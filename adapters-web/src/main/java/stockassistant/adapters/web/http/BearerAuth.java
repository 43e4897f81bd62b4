package stockassistant.adapters.web.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import stockassistant.adapters.web.errors.ApiError;

/** Writes need {@code Authorization: Bearer <STOCK_API_TOKEN>} when a token is configured. */
public final class BearerAuth {
  private final byte[] token;

  public BearerAuth(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  public void check(Context ctx) {
    if (token == null || !Route.isWrite(ctx.method())) {
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
}
