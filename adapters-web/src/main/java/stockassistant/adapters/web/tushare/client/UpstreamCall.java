package stockassistant.adapters.web.tushare.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
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
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      // the call reads the body to its end and closes it itself
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
  /** Reads one value of the answer at a time, the parser going on past it. */
  private static final ObjectReader TREES =
      Json.MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** Closes a body still being read when its call's time is up. */
  private static final ScheduledExecutorService DEADLINES =
      Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tushare-deadlines");
        thread.setDaemon(true);
        return thread;
      });
  private final HttpClient http;
  private final TushareSettings settings;

  UpstreamCall(HttpClient http, TushareSettings settings) {
    this.http = http;
    this.settings = settings;
  }

  UpstreamAnswer post(String api, Map<String, Object> params, List<String> fields,
      UpstreamRows.Page<?> page) {
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
    long deadline = System.nanoTime() + settings.callTimeout().toNanos();
    CompletableFuture<HttpResponse<InputStream>> sent =
        http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
    HttpResponse<InputStream> response;
    try {
      response = sent.get(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      sent.cancel(true);
      throw tooSlow();
    } catch (ExecutionException failed) {
      throw new TransientFailure("the call failed: " + failed.getCause().getClass().getSimpleName()
          + (failed.getCause().getMessage() == null ? "" : " " + failed.getCause().getMessage()));
    } catch (InterruptedException interrupted) {
      sent.cancel(true);
      Thread.currentThread().interrupt();
      throw new FeedStopped(FeedStopped.Reason.UNAVAILABLE, api, "interrupted");
    }
    try (InputStream answer = response.body()) {
      int status = response.statusCode();
      if (status >= 500 || status == 429) {
        throw new TransientFailure("HTTP " + status);
      }
      if (status != 200) {
        throw new FeedStopped(FeedStopped.Reason.REFUSED, api, "HTTP " + status);
      }
      return answerWithin(answer, deadline, page);
    } catch (IOException closing) {
      throw new TransientFailure("the answer was cut short");
    }
  }

  private TransientFailure tooSlow() {
    return new TransientFailure("no whole answer within " + settings.callTimeout().toMillis()
        + " ms");
  }

  /**
   * The body is read from the socket as it comes (no byte array of the whole page: a 1 MB array
   * is a humongous object to G1 and grows the heap); the call's timeout still covers it, by
   * closing the stream at the deadline.
   */
  private UpstreamAnswer answerWithin(InputStream body, long deadline, UpstreamRows.Page<?> page) {
    var timedOut = new AtomicBoolean();
    ScheduledFuture<?> alarm = DEADLINES.schedule(() -> {
      timedOut.set(true);
      try {
        body.close();
      } catch (IOException ignored) {
        // the reader fails either way
      }
    }, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    try {
      UpstreamAnswer answer = answer(body, page);
      // read to the end, so the connection goes back to the client's pool for the next call
      body.transferTo(OutputStream.nullOutputStream());
      return answer;
    } catch (IOException cutShort) {
      throw timedOut.get() ? tooSlow() : new TransientFailure("the answer was cut short");
    } catch (TransientFailure failure) {
      throw timedOut.get() ? tooSlow() : failure;
    } finally {
      alarm.cancel(false);
    }
  }

  /**
   * Reads the answer as a stream: each item is decoded into the page as it is read, so a
   * 6,000-row page never stands in memory as a tree. Tushare sends {@code fields} before
   * {@code items}; items sent first are held until the fields come.
   */
  private static UpstreamAnswer answer(InputStream body, UpstreamRows.Page<?> page) {
    int code = -1;
    String message = "";
    Boolean hasMore = null;
    JsonNode heldItems = null;
    try (JsonParser parser = ANSWERS.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new TransientFailure("the answer is not a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (name) {
          case "code" -> code = parser.getValueAsInt(-1);
          case "msg" -> message = value == JsonToken.VALUE_NULL ? "" : parser.getValueAsString("");
          case "data" -> {
            if (value != JsonToken.START_OBJECT) {
              parser.skipChildren();
              continue;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
              String dataName = parser.currentName();
              JsonToken dataValue = parser.nextToken();
              switch (dataName) {
                case "fields" -> page.fields(names(TREES.readTree(parser)));
                case "items" -> {
                  if (dataValue != JsonToken.START_ARRAY) {
                    parser.skipChildren();
                  } else if (page.hasFields()) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                      page.add(item(parser));
                    }
                  } else {
                    heldItems = TREES.readTree(parser);
                  }
                }
                case "has_more" -> hasMore = dataValue == JsonToken.VALUE_NULL ? null
                    : parser.getValueAsBoolean();
                default -> parser.skipChildren();
              }
            }
          }
          default -> parser.skipChildren();
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      if (unreadable instanceof TransientFailure failure) {
        throw failure;
      }
      // a proxy's error page, a body cut short: worth another try
      throw new TransientFailure("the answer is not JSON");
    }
    if (code != 0) {
      return new UpstreamAnswer(code, message, null, null);
    }
    if (heldItems != null) {
      if (!page.hasFields()) {
        page.fields(List.of());
      }
      heldItems.forEach(page::add);
    }
    return new UpstreamAnswer(0, message, page, hasMore);
  }

  /**
   * One item: an array of scalars built straight from the tokens, as readTree would build it
   * (a deserialization context per item was a large share of a sync's allocations); anything
   * else goes through readTree, to be refused by the page.
   */
  private static JsonNode item(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      return TREES.readTree(parser);
    }
    ArrayNode item = JsonNodeFactory.instance.arrayNode(16);
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      item.add(switch (token) {
        case VALUE_STRING -> TextNode.valueOf(parser.getText());
        case VALUE_NUMBER_FLOAT -> DoubleNode.valueOf(parser.getDoubleValue());
        case VALUE_NULL -> NullNode.getInstance();
        default -> TREES.readTree(parser);
      });
    }
    return item;
  }

  private static List<String> names(JsonNode fields) {
    var names = new ArrayList<String>();
    if (fields != null) {
      fields.forEach(name -> names.add(name.asText()));
    }
    return names;
  }

  private static byte[] bytes(ObjectNode body) {
    try {
      return Json.MAPPER.writeValueAsBytes(body);
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
