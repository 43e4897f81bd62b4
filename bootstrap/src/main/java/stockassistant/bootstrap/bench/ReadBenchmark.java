package stockassistant.bootstrap.bench;

import javax.sql.DataSource;
import stockassistant.application.DateRange;
import stockassistant.application.marketdata.MarketData;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.stock.ThirdCode;

/**
 * Range reads (one code, one year) and cross-sections through the repository, against the same
 * SQL through bare JDBC on the same pool, at the same concurrency, one after the other.
 */
final class ReadBenchmark {
  private static final String PRICE_COLUMNS = "third_code, trade_date, open, high, low, close, "
      + "pre_close, change, pct_chg, vol, amount, adj_factor, source";

  private final MarketData marketData;
  private final DataSource pool;
  private final PrintStream out;

  ReadBenchmark(MarketData marketData, DataSource pool, PrintStream out) {
    this.marketData = marketData;
    this.pool = pool;
    this.out = out;
  }

  void run(List<ThirdCode> codes, LocalDate first, LocalDate last, int threads, int seconds)
      throws Exception {
    out.printf(Locale.ROOT, "bench read: %d threads, %d s per path, %d codes, %s..%s%n", threads,
        seconds, codes.size(), first, last);
    int years = Math.max(1, last.getYear() - first.getYear());
    Query repoRange = random -> {
      var counted = new AtomicLong();
      LocalDate from = first.plusYears(random.nextInt(years));
      marketData.priceBars(pick(codes, random), new DateRange(from, from.plusYears(1).minusDays(1)),
          bar -> counted.addAndGet(bar.get(BarMetric.CLOSE) == null ? 0 : 1));
      return counted.get();
    };
    Query jdbcRange = random -> {
      LocalDate from = first.plusYears(random.nextInt(years));
      return jdbc("SELECT " + PRICE_COLUMNS + " FROM stock_daily WHERE third_code = ? AND "
          + "trade_date BETWEEN ? AND ? ORDER BY trade_date", pick(codes, random).value(),
          from, from.plusYears(1).minusDays(1));
    };
    Query repoCross = random -> {
      var counted = new AtomicLong();
      marketData.crossSection(day(first, last, random), bar -> counted.incrementAndGet());
      return counted.get();
    };
    Query jdbcCross = random -> jdbc("SELECT d.*, s.name AS stock_name FROM stock_daily d "
        + "LEFT JOIN stock_info s ON s.third_code = d.third_code WHERE d.trade_date = ? "
        + "ORDER BY d.third_code", day(first, last, random));

    compare("one-year range", repoRange, jdbcRange, threads, seconds);
    compare("cross-section", repoCross, jdbcCross, threads, seconds);
  }

  private void compare(String name, Query repository, Query bare, int threads, int seconds)
      throws Exception {
    measure(bare, threads, 2);  // warm-up of both paths
    measure(repository, threads, 2);
    // interleaved halves, so a burst of load from a noisy neighbour hits both paths alike
    int half = Math.max(1, seconds / 2);
    Result jdbcFirst = measure(bare, threads, half);
    Result repoFirst = measure(repository, threads, half);
    Result jdbc = jdbcFirst.plus(measure(bare, threads, half));
    Result repo = repoFirst.plus(measure(repository, threads, half));
    out.printf(Locale.ROOT, "  %-15s repository %8.0f q/s (p50 %.2f ms, p99 %.2f ms, %.0f rows/q)"
            + "  bare JDBC %8.0f q/s (p50 %.2f ms, p99 %.2f ms)  ratio %.2f%n", name,
        repo.perSecond(), repo.p50(), repo.p99(), repo.rowsPerQuery(), jdbc.perSecond(),
        jdbc.p50(), jdbc.p99(), repo.perSecond() / jdbc.perSecond());
  }

  private long jdbc(String sql, Object... parameters) throws SQLException {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setFetchSize(2_000);
        for (int i = 0; i < parameters.length; i++) {
          Object value = parameters[i];
          statement.setObject(i + 1, value instanceof LocalDate day ? Date.valueOf(day) : value);
        }
        long rows = 0;
        try (ResultSet result = statement.executeQuery()) {
          var meta = result.getMetaData();
          int columns = meta.getColumnCount();
          while (result.next()) {
            // the typed reads a hand-written DAO would do: text, date, nullable doubles
            for (int c = 1; c <= columns; c++) {
              switch (meta.getColumnType(c)) {
                case java.sql.Types.DATE -> result.getObject(c, LocalDate.class);
                case java.sql.Types.DOUBLE -> {
                  double value = result.getDouble(c);
                  if (result.wasNull()) {
                    value = Double.NaN;
                  }
                }
                default -> result.getString(c);
              }
            }
            rows++;
          }
        }
        connection.commit();
        return rows;
      }
    }
  }

  private static Result measure(Query query, int threads, int seconds) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    var futures = new ArrayList<Future<List<long[]>>>();
    for (int t = 0; t < threads; t++) {
      var random = new SplittableRandom(t * 7919L);
      futures.add(executor.submit(() -> {
        var samples = new ArrayList<long[]>();
        while (System.nanoTime() < deadline) {
          long start = System.nanoTime();
          long rows = query.run(random);
          samples.add(new long[] {System.nanoTime() - start, rows});
        }
        return samples;
      }));
    }
    var nanos = new ArrayList<Long>();
    long rows = 0;
    for (var future : futures) {
      for (long[] sample : future.get()) {
        nanos.add(sample[0]);
        rows += sample[1];
      }
    }
    executor.shutdown();
    Collections.sort(nanos);
    return new Result(nanos.size() / (double) seconds, nanos.get(nanos.size() / 2) / 1e6,
        nanos.get((int) Math.min(nanos.size() - 1, nanos.size() * 0.99)) / 1e6,
        rows / (double) nanos.size());
  }

  private static ThirdCode pick(List<ThirdCode> codes, SplittableRandom random) {
    return codes.get(random.nextInt(codes.size()));
  }

  private static LocalDate day(LocalDate first, LocalDate last, SplittableRandom random) {
    LocalDate day = first.plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay()));
    return day.getDayOfWeek().getValue() > 5 ? SyntheticMarket.nextTradingDay(day) : day;
  }

  interface Query {
    long run(SplittableRandom random) throws Exception;
  }

  record Result(double perSecond, double p50, double p99, double rowsPerQuery) {
    /** Two equal-length halves of one measurement: rates average, percentiles take the worse. */
    Result plus(Result other) {
      return new Result((perSecond + other.perSecond) / 2, Math.max(p50, other.p50),
          Math.max(p99, other.p99), (rowsPerQuery + other.rowsPerQuery) / 2);
    }
  }
}
