package stockassistant.bootstrap.bench;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;

/**
 * An unthrottled Tushare on loopback for `bench sync`: the generated full market, served day by
 * day as the sync asks for it (daily, daily_basic, adj_factor from the same bars; suspend_d
 * empty; trade_cal from the market's days), paged with limit/offset.
 *
 * <p>Its answers are rendered to files before the clock starts ({@link #prepare}), as the import
 * it is compared with reads a CSV file written before its clock starts: a real upstream has its
 * answers at hand on its own machine, so rendering them here would charge the sync for work it
 * never does. Serving is a file copy. A request the prepared pages do not cover (another page
 * size, other fields) is answered with an error, so the benchmark stops instead of measuring
 * something else.
 */
final class BenchUpstream implements AutoCloseable {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> BAR_APIS = List.of("daily", "daily_basic", "adj_factor");
  private final HttpServer server;
  private final List<LocalDate> days;
  private final Path pages;
  private final int pageRows;
  private final AtomicLong servedBytes = new AtomicLong();
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong firstCall = new AtomicLong();

  /** Renders the pages of every day in {@code bars} (ordered by day) under {@code pages}. */
  static BenchUpstream prepare(List<LocalDate> days, Iterator<DailyBar> bars, Path pages,
      int pageRows) throws IOException {
    List<DailyBar> day = new ArrayList<>();
    while (bars.hasNext()) {
      DailyBar bar = bars.next();
      if (!day.isEmpty() && !day.get(0).tradeDate().equals(bar.tradeDate())) {
        render(day, pages, pageRows);
        day.clear();
      }
      day.add(bar);
    }
    render(day, pages, pageRows);
    return new BenchUpstream(days, pages, pageRows);
  }

  private BenchUpstream(List<LocalDate> days, Path pages, int pageRows) throws IOException {
    this.days = days;
    this.pages = pages;
    this.pageRows = pageRows;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
      Thread thread = new Thread(runnable, "bench-upstream");
      thread.setDaemon(true);
      return thread;
    }));
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Calls answered so far. */
  long calls() {
    return calls.get();
  }

  /** System.nanoTime() of the first call, 0 before it. */
  long firstCallNanos() {
    return firstCall.get();
  }

  /** Bytes of answers served so far. */
  long servedBytes() {
    return servedBytes.get();
  }

  /** The fields the sync asks of a bar api: the code, the day, then the api's metric columns. */
  static List<String> fields(String api) {
    BarMetric.Group group = switch (api) {
      case "daily" -> BarMetric.Group.PRICE;
      case "daily_basic" -> BarMetric.Group.VALUATION;
      case "adj_factor" -> BarMetric.Group.ADJUSTMENT;
      default -> throw new IllegalArgumentException(api);
    };
    var fields = new ArrayList<>(List.of("ts_code", "trade_date"));
    for (BarMetric metric : BarMetric.values()) {
      if (metric.group() == group) {
        fields.add(metric.column());
      }
    }
    return fields;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      firstCall.compareAndSet(0, System.nanoTime());
      calls.incrementAndGet();
      JsonNode request = JSON.readTree(exchange.getRequestBody());
      String api = request.path("api_name").asText();
      JsonNode params = request.path("params");
      List<String> fields = List.of(request.path("fields").asText().split(","));
      int offset = params.path("offset").asInt(0);
      int limit = params.path("limit").asInt(Integer.MAX_VALUE);
      if (BAR_APIS.contains(api)) {
        Path page = page(pages, api, params.path("trade_date").asText(), offset);
        if (limit != pageRows || !fields.equals(fields(api))) {
          answer(exchange, error("bench upstream: prepared for limit " + pageRows + " and fields "
              + fields(api) + ", asked limit " + limit + " and " + fields));
        } else if (Files.exists(page)) {
          exchange.sendResponseHeaders(200, Files.size(page));
          try (OutputStream out = exchange.getResponseBody()) {
            servedBytes.addAndGet(Files.copy(page, out));
          }
        } else {
          answer(exchange, body(fields, "", false));
        }
        return;
      }
      var items = new StringBuilder();
      int total = api.equals("trade_cal") ? calendar(params, fields, offset, limit, items) : 0;
      int served = Math.max(0, Math.min(total - offset, limit));
      answer(exchange, body(fields, items, offset + served < total));
    }
  }

  private void answer(HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
    servedBytes.addAndGet(bytes.length);
  }

  private static String body(List<String> fields, CharSequence items, boolean hasMore)
      throws IOException {
    return "{\"code\":0,\"msg\":\"\",\"data\":{\"fields\":" + JSON.writeValueAsString(fields)
        + ",\"items\":[" + items + "],\"has_more\":" + hasMore + "}}";
  }

  private static String error(String message) throws IOException {
    return "{\"code\":-1,\"msg\":" + JSON.writeValueAsString(message) + ",\"data\":null}";
  }

  private static Path page(Path pages, String api, String day, int offset) {
    return pages.resolve(api + "-" + day + "-" + offset + ".json");
  }

  /** Every page of one day's three bar apis, as the sync will ask for them. */
  private static void render(List<DailyBar> day, Path pages, int pageRows) throws IOException {
    if (day.isEmpty()) {
      return;
    }
    String date = DAY.format(day.get(0).tradeDate());
    for (String api : BAR_APIS) {
      List<String> fields = fields(api);
      BarMetric[] metrics = metrics(fields);
      for (int offset = 0; offset < day.size(); offset += pageRows) {
        var items = new StringBuilder(pageRows * 64);
        int end = Math.min(day.size(), offset + pageRows);
        for (int i = offset; i < end; i++) {
          row(items, fields, metrics, day.get(i));
        }
        Files.writeString(page(pages, api, date, offset), body(fields, items, end < day.size()));
      }
    }
  }

  private int calendar(JsonNode params, List<String> fields, int offset, int limit,
      StringBuilder items) {
    LocalDate from = LocalDate.parse(params.path("start_date").asText(), DAY);
    LocalDate to = LocalDate.parse(params.path("end_date").asText(), DAY);
    var open = new ArrayList<LocalDate>();
    for (LocalDate day : days) {
      if (!day.isBefore(from) && !day.isAfter(to)) {
        open.add(day);
      }
    }
    for (int i = offset; i < Math.min(open.size(), offset + limit); i++) {
      items.append(items.length() == 0 ? "[" : ",[");
      for (int f = 0; f < fields.size(); f++) {
        items.append(f == 0 ? "" : ",").append(switch (fields.get(f)) {
          case "exchange" -> "\"" + params.path("exchange").asText() + "\"";
          case "cal_date" -> "\"" + DAY.format(open.get(i)) + "\"";
          case "is_open" -> "1";
          default -> "null";
        });
      }
      items.append(']');
    }
    return open.size();
  }

  /** The metric of each field (null for ts_code and trade_date), looked up once per page. */
  private static BarMetric[] metrics(List<String> fields) {
    var metrics = new BarMetric[fields.size()];
    for (int f = 0; f < fields.size(); f++) {
      String field = fields.get(f);
      metrics[f] = field.equals("ts_code") || field.equals("trade_date") ? null
          : BarMetric.valueOf(field.toUpperCase(Locale.ROOT));
    }
    return metrics;
  }

  private static void row(StringBuilder items, List<String> fields, BarMetric[] metrics,
      DailyBar bar) {
    items.append(items.length() == 0 ? "[" : ",[");
    for (int f = 0; f < fields.size(); f++) {
      String field = fields.get(f);
      items.append(f == 0 ? "" : ",");
      if (field.equals("ts_code")) {
        items.append('"').append(bar.thirdCode().value()).append('"');
      } else if (field.equals("trade_date")) {
        items.append('"').append(DAY.format(bar.tradeDate())).append('"');
      } else {
        Double value = bar.get(metrics[f]);
        items.append(value == null ? "null" : value.toString());
      }
    }
    items.append(']');
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
