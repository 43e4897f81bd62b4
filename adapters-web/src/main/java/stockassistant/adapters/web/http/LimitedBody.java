package stockassistant.adapters.web.http;

import io.javalin.http.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import stockassistant.adapters.web.errors.ApiError;

/**
 * The request body as a stream that refuses to read past HTTP_MAX_BODY_MB: a declared
 * Content-Length over the limit is refused before reading, a chunked body when it crosses it.
 */
public final class LimitedBody extends FilterInputStream {
  private final long limit;
  private long read;

  private LimitedBody(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  public static InputStream of(Context ctx, long limit) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw tooLarge(limit);
    }
    return new LimitedBody(ctx.bodyInputStream(), limit);
  }

  @Override
  public int read() throws IOException {
    int value = super.read();
    if (value >= 0) {
      count(1);
    }
    return value;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int count = super.read(buffer, offset, length);
    if (count > 0) {
      count(count);
    }
    return count;
  }

  private void count(long bytes) {
    read += bytes;
    if (read > limit) {
      throw tooLarge(limit);
    }
  }

  private static ApiError tooLarge(long limit) {
    return ApiError.tooLarge("the request body is larger than the limit of "
        + (limit / (1024 * 1024)) + " MB (HTTP_MAX_BODY_MB)");
  }
}
