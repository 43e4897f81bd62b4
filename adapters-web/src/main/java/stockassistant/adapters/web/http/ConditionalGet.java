package stockassistant.adapters.web.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import stockassistant.application.marketdata.CachedCopy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * HTTP caching of reads from a table's write version, without reading a row: the strong ETag
 * is the version with a digest of what selects the answer (path, query, the Accept and whether
 * it is gzipped), {@code If-None-Match} with it is a 304 without a body, and
 * {@code Cache-Control: no-cache} lets any cache keep the answer but ask again before using it
 * (bars change whenever a sync writes). Call after the request's parameters were checked.
 */
public final class ConditionalGet {
  private ConditionalGet() {}

  /**
   * The check of one request, for a read that learns the version in its own database work
   * (before its rows, on the same connection): {@link #notModified(long)} then, and
   * {@link #answered()} after, to leave the body out.
   */
  public static Check of(Context ctx) {
    return new Check(ctx);
  }

  /** One request's conditional GET: the client's copy, as the read use cases take it. */
  public static final class Check implements CachedCopy {
    private final Context ctx;
    private boolean answered;

    private Check(Context ctx) {
      this.ctx = ctx;
    }

    /** Whether the client sent If-None-Match (without it, the version comes with the rows). */
    @Override
    public boolean held() {
      return ctx.header("If-None-Match") != null;
    }

    /** {@link #notModified}. */
    @Override
    public boolean isCurrent(long version) {
      return notModified(version);
    }

    /** Sets ETag, Cache-Control and Vary; answers 304 and returns true when the client's copy is current. */
    public boolean notModified(long version) {
      String etag = etag(ctx, version);
      ctx.header("ETag", etag);
      ctx.header("Cache-Control", "no-cache");
      ctx.header("Vary", "Accept, Accept-Encoding");
      String ifNoneMatch = ctx.header("If-None-Match");
      answered = ifNoneMatch != null && matches(ifNoneMatch, etag);
      if (answered) {
        ctx.status(HttpStatus.NOT_MODIFIED);
      }
      return answered;
    }

    /** Whether a 304 was answered: the read delivered no rows, and no body may follow. */
    public boolean answered() {
      return answered;
    }
  }

  static String etag(Context ctx, long version) {
    String encoding = ctx.header("Accept-Encoding");
    String selects = ctx.path() + '?' + (ctx.queryString() == null ? "" : ctx.queryString())
        + '|' + (ctx.header("Accept") == null ? "" : ctx.header("Accept"))
        + '|' + (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("gzip"));
    return "\"" + version + '-' + HexFormat.of().formatHex(sha256(selects), 0, 8) + '"';
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*") || tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
