package stockassistant.bootstrap.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import stockassistant.domain.MetricValues;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.ThirdCode;

/**
 * Deterministic synthetic A-share bars: codes across SH, SZ (main board and ChiNext) and BJ,
 * staggered listing dates, random walks bounded by each board's daily limit (10%, 20%, 30%),
 * suspensions, and NULL indicators where real data has them (no PE for loss makers, no dividend
 * yield for many). Generated lazily, day by day across the market, as a daily feed arrives.
 */
public final class SyntheticMarket {
  public static final LocalDate FIRST_DAY = LocalDate.of(2005, 1, 4);

  private final List<Listing> listings;

  public SyntheticMarket(int stocks, long seed) {
    var random = new SplittableRandom(seed);
    listings = new ArrayList<>(stocks);
    for (int i = 0; i < stocks; i++) {
      listings.add(new Listing(code(i), FIRST_DAY.plusDays(random.nextInt(0, 400)),
          random.split()));
    }
  }

  public List<ThirdCode> codes() {
    return listings.stream().map(listing -> listing.code).toList();
  }

  /** SH 600000.., SZ 000001.., ChiNext 300001.., BJ 830001.. in rotation. */
  static ThirdCode code(int i) {
    int serial = i / 4;
    return switch (i % 4) {
      case 0 -> ThirdCode.of(String.format("%06d.SH", 600000 + serial));
      case 1 -> ThirdCode.of(String.format("%06d.SZ", 1 + serial));
      case 2 -> ThirdCode.of(String.format("%06d.SZ", 300001 + serial));
      default -> ThirdCode.of(String.format("%06d.BJ", 830001 + serial));
    };
  }

  /** The first {@code rows} bars of the market, in trading-day order. */
  public Iterator<DailyBar> bars(long rows) {
    return new Iterator<>() {
      private long produced;
      private LocalDate day = FIRST_DAY;
      private int index;

      @Override
      public boolean hasNext() {
        return produced < rows;
      }

      @Override
      public DailyBar next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        while (true) {
          if (index == listings.size()) {
            index = 0;
            day = nextTradingDay(day);
          }
          DailyBar bar = listings.get(index++).barOn(day);
          if (bar != null) {
            produced++;
            return bar;
          }
        }
      }
    };
  }

  static LocalDate nextTradingDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
      next = next.plusDays(1);
    }
    return next;
  }

  private static final class Listing {
    final ThirdCode code;
    final LocalDate listed;
    final SplittableRandom random;
    final double limit;
    final double shares;
    final boolean lossMaker;
    double close;
    double adjFactor = 1.0;

    Listing(ThirdCode code, LocalDate listed, SplittableRandom random) {
      this.code = code;
      this.listed = listed;
      this.random = random;
      this.limit = code.suffix().equals("BJ") ? 0.30 : code.value().startsWith("3") ? 0.20 : 0.10;
      this.shares = 1e4 * (5 + random.nextInt(0, 500));  // 万股
      this.lossMaker = random.nextInt(10) == 0;
      this.close = 3 + random.nextDouble() * 60;
    }

    DailyBar barOn(LocalDate day) {
      if (day.isBefore(listed) || random.nextInt(200) == 0) {
        return null;  // not yet listed, or suspended
      }
      double preClose = close;
      double move = Math.max(-limit, Math.min(limit, random.nextGaussian() * limit / 3));
      close = Math.max(0.5, round(preClose * (1 + move)));
      double open = round(preClose * (1 + move * random.nextDouble()));
      double high = round(Math.max(open, close) * (1 + random.nextDouble() * 0.02));
      double low = round(Math.min(open, close) * (1 - random.nextDouble() * 0.02));
      double vol = Math.floor(1e3 + random.nextDouble() * 5e5);
      if (random.nextInt(1000) == 0) {
        adjFactor = round(adjFactor * 1.05);  // an ex-dividend day
      }
      var values = new EnumMap<BarMetric, Double>(BarMetric.class);
      values.put(BarMetric.OPEN, open);
      values.put(BarMetric.HIGH, high);
      values.put(BarMetric.LOW, low);
      values.put(BarMetric.CLOSE, close);
      values.put(BarMetric.PRE_CLOSE, preClose);
      values.put(BarMetric.CHANGE, round(close - preClose));
      values.put(BarMetric.PCT_CHG, round((close - preClose) / preClose * 100));
      values.put(BarMetric.VOL, vol);
      values.put(BarMetric.AMOUNT, round(vol * close / 10));
      values.put(BarMetric.ADJ_FACTOR, adjFactor);
      values.put(BarMetric.TURNOVER_RATE, round(vol / shares * 100));
      values.put(BarMetric.VOLUME_RATIO, round(0.5 + random.nextDouble()));
      values.put(BarMetric.PE, lossMaker ? null : round(close * (8 + random.nextDouble() * 4)));
      values.put(BarMetric.PE_TTM, lossMaker ? null : round(close * (8 + random.nextDouble() * 4)));
      values.put(BarMetric.PB, round(close / 4));
      values.put(BarMetric.DV_RATIO, random.nextInt(3) == 0 ? null : round(random.nextDouble() * 4));
      values.put(BarMetric.TOTAL_SHARE, shares);
      values.put(BarMetric.FLOAT_SHARE, round(shares * 0.8));
      values.put(BarMetric.TOTAL_MV, round(shares * close));
      values.put(BarMetric.CIRC_MV, round(shares * 0.8 * close));
      return new DailyBar(code, day, MetricValues.of(BarMetric.class, values), "bench");
    }

    private static double round(double value) {
      return Math.round(value * 100) / 100.0;
    }
  }
}
