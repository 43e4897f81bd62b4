package stockassistant.adapters.web.errors;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty answers some requests before Javalin sees them (URI too long, malformed HTTP); those
 * answers are problem JSON too, not Jetty's HTML page.
 */
public final class ProblemErrorHandler extends ErrorHandler {
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE));
    String detail = status == 414 ? "the request URI is too long" : "the request is malformed";
    String body = "{\"type\":\"" + ProblemType.typeOf(status) + "\",\"title\":\""
        + ProblemType.titleOf(status) + "\",\"status\":" + status + ",\"detail\":\"" + detail
        + "\"}";
    return ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8));
  }
}
