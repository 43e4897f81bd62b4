package stockassistant.adapters.web.tushare.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import stockassistant.adapters.web.codec.Json;
import stockassistant.domain.sync.FeedStopped;

/**
 * One POST of the Tushare protocol, as the official client sends it: JSON {@code {api_name,
 * token, params, fields}} to the URL itself. The call timeout covers the whole answer, body
 * included, so an upstream that stalls mid-body fails the call rather than the run. Neither the
 * body nor the token ever reaches an exception message or a log line.
 */
final class UpstreamCall {
  /**
   * Python's json.dumps writes NaN and Infinity for a missing float, and Tushare's server is
   * Python: such a value must reach the row it stands in, to be refused there by name, rather
   * than turn the whole answer into "not JSON".
   */
  private static final JsonFactory ANSWERS = Json.MAPPER.getFactory().rebuild()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
  private final HttpClient http;
  private final TushareSettings settings;

  UpstreamCall(HttpClient http, TushareSettings settings) {
    this.http = http;
    this.settings = settings;
  }

  UpstreamAnswer post(String api, Map<String, Object> params, List<String> fields) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("api_name", api);
    body.put("token", settings.token());
    body.set("params", Json.MAPPER.valueToTree(params));
    body.put("fields", String.join(",", fields));
    HttpRequest request = HttpRequest.newBuilder(settings.url())
        .timeout(settings.callTimeout())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)))
        .build();
    CompletableFuture<HttpResponse<byte[]>> sent =
        http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> response;
    try {
      response = sent.get(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      sent.cancel(true);
      throw new TransientFailure("no whole answer within " + settings.callTimeout().toMillis()
          + " ms");
    } catch (ExecutionException failed) {
      throw new TransientFailure("the call failed: " + failed.getCause().getClass().getSimpleName()
          + (failed.getCause().getMessage() == null ? "" : " " + failed.getCause().getMessage()));
    } catch (InterruptedException interrupted) {
      sent.cancel(true);
      Thread.currentThread().interrupt();
      throw new FeedStopped(FeedStopped.Reason.UNAVAILABLE, api, "interrupted");
    }
    int status = response.statusCode();
    if (status >= 500 || status == 429) {
      throw new TransientFailure("HTTP " + status);
    }
    if (status != 200) {
      throw new FeedStopped(FeedStopped.Reason.REFUSED, api, "HTTP " + status);
    }
    return answer(api, response.body());
  }

  private static UpstreamAnswer answer(String api, byte[] body) {
    JsonNode root;
    try {
      try (JsonParser parser = ANSWERS.createParser(body)) {
        root = Json.MAPPER.reader().readTree(parser);
      }
    } catch (IOException | RuntimeException unreadable) {
      // a proxy's error page, a body cut short: worth another try
      throw new TransientFailure("the answer is not JSON");
    }
    if (root == null || !root.isObject()) {
      throw new TransientFailure("the answer is not a JSON object");
    }
    int code = root.path("code").asInt(-1);
    String message = root.path("msg").isNull() ? "" : root.path("msg").asText("");
    if (code != 0) {
      return new UpstreamAnswer(code, message, List.of(), null, null);
    }
    JsonNode data = root.path("data");
    var fields = new ArrayList<String>();
    data.path("fields").forEach(name -> fields.add(name.asText()));
    JsonNode more = data.get("has_more");
    return new UpstreamAnswer(0, message, fields, data.path("items"),
        more == null || more.isNull() ? null : more.asBoolean());
  }

  private static byte[] bytes(ObjectNode body) {
    try {
      return Json.MAPPER.writeValueAsBytes(body);
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
