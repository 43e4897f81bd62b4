package stockassistant.bootstrap.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tushare Pro on loopback (the JDK's HTTP server): the protocol (POST {api_name, token, params,
 * fields} to the URL itself; HTTP 200 with {code, msg, data: {fields, items, has_more}}), each
 * api's page cap under limit/offset, and the quirks a test scripts: the three limit messages, a
 * token error, HTTP 5xx, a slow answer, an upstream that dies from some call on.
 */
final class FakeTushare implements AutoCloseable {
  static final String TOKEN = "fake-token-0123456789";
  static final String MINUTE_LIMIT =
      "抱歉，您每分钟最多访问该接口200次，权限的具体详情访问：https://tushare.pro/document/1?doc_id=108。";
  static final String DAY_LIMIT =
      "抱歉，您每天最多访问该接口5000次，权限的具体详情访问：https://tushare.pro/document/1?doc_id=108。";
  static final String NO_PERMISSION =
      "抱歉，您没有访问该接口的权限，权限的具体详情访问：https://tushare.pro/document/1?doc_id=108。";

  /** What one scripted call answers instead of its rows. */
  enum Fault { MINUTE_LIMIT, DAY_LIMIT, NO_PERMISSION, HTTP_503, SLOW }

  private record Scripted(String api, Fault fault) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  final FakeMarket market = new FakeMarket();
  private final HttpServer server;
  private final Map<String, Integer> caps = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Scripted> script = new ConcurrentLinkedQueue<>();
  private final AtomicInteger total = new AtomicInteger();
  private final List<String> tokensSeen = java.util.Collections.synchronizedList(new ArrayList<>());
  private final Map<String, int[]> faultAt = new ConcurrentHashMap<>();
  private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
  private volatile boolean sayHasMore = true;
  private volatile int deadFromCall = Integer.MAX_VALUE;
  private volatile long slowMillis = 1_500;

  FakeTushare() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
      Thread thread = new Thread(runnable, "fake-tushare");
      thread.setDaemon(true);
      return thread;
    }));
    server.start();
    // small caps, so every day takes several pages
    caps.put("daily", 4);
    caps.put("daily_basic", 5);
    caps.put("adj_factor", 3);
    caps.put("stock_basic", 2);
    caps.put("trade_cal", 10);
    caps.put("fina_indicator", 2);
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The next calls to {@code api} (in order) answer these faults, then rows again. */
  void script(String api, Fault... faults) {
    for (Fault fault : faults) {
      script.add(new Scripted(api, fault));
    }
  }

  /**
   * The call to {@code api} after the next {@code calls} ones answers {@code fault}; a daily
   * limit answers every call after it too, until {@link #heal}.
   */
  void faultAfter(String api, int calls, Fault fault) {
    faultAt.put(api, new int[] {calls(api) + calls + 1, fault.ordinal()});
  }

  /** From the {@code n}th call on (counting all apis from 1), every call answers HTTP 503. */
  void dieFromCall(int n) {
    deadFromCall = n;
  }

  void heal() {
    deadFromCall = Integer.MAX_VALUE;
    script.clear();
    faultAt.clear();
  }

  void slowAnswersTake(long millis) {
    slowMillis = millis;
  }

  /** Answers without has_more, as some mirrors do: the client must page until an empty page. */
  void withoutHasMore() {
    sayHasMore = false;
  }

  int calls(String api) {
    return calls.getOrDefault(api, new AtomicInteger()).get();
  }

  /** Milliseconds between consecutive calls to {@code api}, in order. */
  List<Long> gapsMillis(String api) {
    List<Long> times = List.copyOf(arrivals.getOrDefault(api, List.of()));
    var gaps = new ArrayList<Long>();
    for (int i = 1; i < times.size(); i++) {
      gaps.add((times.get(i) - times.get(i - 1)) / 1_000_000);
    }
    return gaps;
  }

  int totalCalls() {
    return total.get();
  }

  void resetCounts() {
    calls.clear();
  }

  List<String> tokensSeen() {
    return List.copyOf(tokensSeen);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonNode request = JSON.readTree(exchange.getRequestBody());
      String api = request.path("api_name").asText();
      tokensSeen.add(request.path("token").asText());
      arrivals.computeIfAbsent(api, name -> java.util.Collections.synchronizedList(new ArrayList<>()))
          .add(System.nanoTime());
      int apiCall = calls.computeIfAbsent(api, name -> new AtomicInteger()).incrementAndGet();
      int number = total.incrementAndGet();
      if (number >= deadFromCall) {
        send(exchange, 503, "<html>Service Unavailable</html>");
        return;
      }
      int[] planned = faultAt.get(api);
      // a spent daily quota stays spent: every call from that one on is refused, as Tushare does
      boolean planHits = planned != null && (planned[0] == apiCall
          || planned[0] < apiCall && planned[1] == Fault.DAY_LIMIT.ordinal());
      Fault fault = planHits ? Fault.values()[planned[1]] : take(api);
      if (fault == Fault.HTTP_503) {
        send(exchange, 503, "<html>Service Unavailable</html>");
        return;
      }
      if (fault == Fault.SLOW) {
        Thread.sleep(slowMillis);
      }
      if (fault == Fault.MINUTE_LIMIT || fault == Fault.DAY_LIMIT || fault == Fault.NO_PERMISSION) {
        String message = fault == Fault.MINUTE_LIMIT ? MINUTE_LIMIT
            : fault == Fault.DAY_LIMIT ? DAY_LIMIT : NO_PERMISSION;
        send(exchange, 200, "{\"code\":40203,\"msg\":" + JSON.writeValueAsString(message)
            + ",\"data\":null}");
        return;
      }
      if (!TOKEN.equals(request.path("token").asText())) {
        send(exchange, 200, "{\"code\":-2001,\"msg\":\"您的token不对，请确认。\",\"data\":null}");
        return;
      }
      answer(exchange, api, request);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized Fault take(String api) {
    for (Scripted scripted : script) {
      if (scripted.api().equals(api)) {
        script.remove(scripted);
        return scripted.fault();
      }
    }
    return null;
  }

  private void answer(HttpExchange exchange, String api, JsonNode request) throws IOException {
    Map<String, String> params = new HashMap<>();
    request.path("params").fields().forEachRemaining(p -> params.put(p.getKey(), p.getValue().asText()));
    List<Map<String, String>> rows = market.rows(api, params);
    if (rows == null) {
      send(exchange, 200, "{\"code\":40101,\"msg\":\"请指定正确的接口名\",\"data\":null}");
      return;
    }
    List<String> fields = List.of(request.path("fields").asText().split(","));
    int offset = params.containsKey("offset") ? Integer.parseInt(params.get("offset")) : 0;
    int limit = params.containsKey("limit") ? Integer.parseInt(params.get("limit")) : Integer.MAX_VALUE;
    int count = Math.max(0, Math.min(Math.min(limit, caps.getOrDefault(api, 1000)), rows.size() - offset));
    var body = new StringBuilder("{\"request_id\":\"fake\",\"code\":0,\"msg\":\"\",\"data\":{\"fields\":")
        .append(JSON.writeValueAsString(fields)).append(",\"items\":[");
    for (int i = 0; i < count; i++) {
      Map<String, String> row = rows.get(offset + i);
      body.append(i == 0 ? "[" : ",[");
      for (int f = 0; f < fields.size(); f++) {
        body.append(f == 0 ? "" : ",").append(row.getOrDefault(fields.get(f), "null"));
      }
      body.append(']');
    }
    body.append(']');
    if (sayHasMore) {
      body.append(",\"has_more\":").append(offset + count < rows.size());
    }
    body.append("}}");
    send(exchange, 200, body.toString());
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
