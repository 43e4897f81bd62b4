import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/**
 * HTTP load of four bar reads against a running server, for before/after comparisons of two
 * builds on one database (issue 28): java docs/bench/BarReadLoad.java BASE CODES_FILE SECONDS
 * THREADS range latest cross-section tushare-daily. CODES_FILE: shared/bench gen_bars.py
 * --format codes of the loaded data (2023-01-01..2024-12-31).
 */
public class BarReadLoad {
  public static void main(String[] args) throws Exception {
    String base = args[0];
    List<String> codes = Files.readAllLines(Path.of(args[1]));
    int seconds = Integer.parseInt(args[2]);
    int threads = Integer.parseInt(args[3]);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .executor(Executors.newFixedThreadPool(4)).build();
    for (int s = 4; s < args.length; s++) {
      String scenario = args[s];
      run(client, base, codes, scenario, threads, 3);  // warm-up
      double[] r = run(client, base, codes, scenario, threads, seconds);
      System.out.printf(Locale.ROOT, "%-14s %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  %6.0f B/resp  errors %d%n",
          scenario, r[0], r[1], r[2], r[3], (long) r[4]);
    }
    System.exit(0);
  }

  static HttpRequest request(String base, List<String> codes, String scenario, SplittableRandom rnd) {
    String code = codes.get(rnd.nextInt(codes.size()));
    LocalDate from = LocalDate.parse("2023-01-01").plusDays(rnd.nextInt(365));
    LocalDate to = from.plusDays(364);
    switch (scenario) {
      case "range":
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/quotes/daily/" + code + "?start=" + from + "&end=" + to)).build();
      case "range-small":  // the same 20 one-year ranges over and over: the full answers of range-304
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/quotes/daily/" + codes.get(rnd.nextInt(20))
            + "?start=2023-01-01&end=2023-12-31")).build();
      case "range-304": {  // those 20 ranges with If-None-Match of their ETag: the 304 answers
        URI uri = URI.create(base + "/api/v1/quotes/daily/" + codes.get(rnd.nextInt(20))
            + "?start=2023-01-01&end=2023-12-31");
        String etag = ETAGS.computeIfAbsent(uri.toString(), key -> etagOf(uri));
        return HttpRequest.newBuilder(uri).header("If-None-Match", etag).build();
      }
      case "latest":
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/quotes/daily/" + code + "/latest")).build();
      case "cross-section": {
        LocalDate day = from;
        while (day.getDayOfWeek().getValue() > 5) day = day.plusDays(1);
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/quotes/daily?trade_date=" + day)).build();
      }
      case "tushare-daily": {
        String body = "{\"api_name\":\"daily\",\"params\":{\"ts_code\":\"" + code + "\",\"start_date\":\""
            + from.toString().replace("-", "") + "\",\"end_date\":\"" + to.toString().replace("-", "") + "\"}}";
        return HttpRequest.newBuilder(URI.create(base + "/tushare"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
      }
      default: throw new IllegalArgumentException(scenario);
    }
  }

  static final ConcurrentHashMap<String, String> ETAGS = new ConcurrentHashMap<>();

  static String etagOf(URI uri) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
          HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElse("\"none\"");
    } catch (Exception failure) {
      throw new IllegalStateException(failure);
    }
  }

  static double[] run(HttpClient client, String base, List<String> codes, String scenario, int threads, int seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<long[]>> futures = new ArrayList<>();
    ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
    for (int t = 0; t < threads; t++) {
      int seed = t;
      futures.add(pool.submit(() -> {
        SplittableRandom rnd = new SplittableRandom(seed * 7919L);
        long n = 0, bytes = 0, errors = 0;
        while (System.nanoTime() < deadline) {
          long start = System.nanoTime();
          HttpResponse<byte[]> response = client.send(request(base, codes, scenario, rnd), HttpResponse.BodyHandlers.ofByteArray());
          lat.add(System.nanoTime() - start);
          if (response.statusCode() != 200 && response.statusCode() != 304) errors++;
          bytes += response.body().length;
          n++;
        }
        return new long[] {n, bytes, errors};
      }));
    }
    long n = 0, bytes = 0, errors = 0;
    for (Future<long[]> f : futures) { long[] r = f.get(); n += r[0]; bytes += r[1]; errors += r[2]; }
    pool.shutdown();
    List<Long> sorted = new ArrayList<>(lat); Collections.sort(sorted);
    return new double[] {n / (double) seconds, sorted.get(sorted.size() / 2) / 1e6,
        sorted.get((int) (sorted.size() * 0.99)) / 1e6, bytes / (double) Math.max(1, n), errors};
  }
}
