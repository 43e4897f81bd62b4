package stockassistant.bootstrap.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 * The whole A-share market as a daily feed delivers it, deterministic for a seed: by default
 * 5,700 codes ever listed (SH main board and STAR, SZ main board and ChiNext, BJ) over 35 years
 * of trading days ({@link TradingCalendar}), about 41 million bars. Listing dates are staggered
 * (most of the market is old, new listings arrive every year), some codes delist, stocks are
 * suspended for days or months, ST stocks move within 5 %, and indicators are NULL where real
 * data has none (no PE in a loss year, no dividend yield for non-payers, no valuation before
 * 2000, no volume ratio on the listing day).
 *
 * <p>Each value is a decimal with a fixed number of places ({@link #SCALE}), kept as a long, so
 * the CSV text and the double of a {@link DailyBar} are the same number and writing 40 million
 * rows costs no {@code Double.toString}. Memory is one small state object per code.
 */
public final class FullMarket {
  public static final LocalDate FIRST_DAY = LocalDate.of(1991, 1, 2);
  public static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
  public static final int STOCKS = 5_700;
  static final String SOURCE = "bench";

  /** Decimal places of each column, by {@link BarMetric} ordinal. */
  static final int[] SCALE = new int[BarMetric.values().length];
  private static final long[] POW10 = {1, 10, 100, 1_000, 10_000};
  /** Valuation indicators (daily_basic) start here in this data, as in real feeds' gaps. */
  private static final LocalDate VALUATION_FROM = LocalDate.of(2000, 1, 4);

  static {
    for (BarMetric metric : BarMetric.values()) {
      SCALE[metric.ordinal()] = switch (metric) {
        case OPEN, HIGH, LOW, CLOSE, PRE_CLOSE, CHANGE, PCT_CHG, VOLUME_RATIO -> 2;
        case VOL -> 0;
        case AMOUNT, ADJ_FACTOR -> 3;
        default -> 4;
      };
    }
  }

  private final List<LocalDate> days;
  private final int stocks;
  private final long seed;

  public FullMarket(int stocks, LocalDate first, LocalDate last, long seed) {
    this.days = TradingCalendar.between(first, last);
    if (days.isEmpty()) {
      throw new IllegalArgumentException("no trading day between " + first + " and " + last);
    }
    this.stocks = stocks;
    this.seed = seed;
  }

  /** Every code at its listing, in code order: the state a walk through the market starts from. */
  private List<Listing> listings() {
    var random = new SplittableRandom(seed);
    var all = new ArrayList<Listing>(stocks);
    int[] serials = new int[Board.values().length];
    for (int i = 0; i < stocks; i++) {
      Board board = Board.PATTERN[i % Board.PATTERN.length];
      all.add(new Listing(board.code(serials[board.ordinal()]++), board, days.size(),
          random.split()));
    }
    all.sort(Comparator.comparing(listing -> listing.code.value()));
    return all;
  }

  public static FullMarket standard(long seed) {
    return new FullMarket(STOCKS, FIRST_DAY, LAST_DAY, seed);
  }

  public List<ThirdCode> codes() {
    return listings().stream().map(listing -> listing.code).toList();
  }

  public LocalDate firstDay() {
    return days.get(0);
  }

  public LocalDate lastDay() {
    return days.get(days.size() - 1);
  }

  /** The first {@code rows} bars (all of them when there are fewer), day by day, by code. */
  public Iterator<DailyBar> bars(long rows) {
    Rows source = rows(rows);
    return new Iterator<>() {
      private Row next = source.next();

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public DailyBar next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        DailyBar bar = next.toBar();
        next = source.next();
        return bar;
      }
    };
  }

  /**
   * The bars as reusable rows: the next call overwrites the row the last one returned. Each
   * call starts from the first day again.
   */
  Rows rows(long limit) {
    return new Rows(limit);
  }

  /** Walks the market day by day; each listing's state moves forward one day at a time. */
  final class Rows {
    private final List<Listing> listings = listings();
    private final long limit;
    private final Row row = new Row();
    private long produced;
    private int day;
    private int index;

    private Rows(long limit) {
      this.limit = limit;
    }

    Row next() {
      while (produced < limit && day < days.size()) {
        if (index == listings.size()) {
          index = 0;
          day++;
          continue;
        }
        if (listings.get(index++).fill(day, days.get(day), row)) {
          produced++;
          return row;
        }
      }
      return null;
    }
  }

  /** One bar as fixed-point decimals: {@code values[m] / 10^SCALE[m]}, absent where unset. */
  static final class Row {
    ThirdCode code;
    LocalDate day;
    final long[] values = new long[BarMetric.values().length];
    long present;

    void set(BarMetric metric, long value) {
      values[metric.ordinal()] = value;
      present |= 1L << metric.ordinal();
    }

    boolean has(int metric) {
      return (present & 1L << metric) != 0;
    }

    double value(int metric) {
      return values[metric] / (double) POW10[SCALE[metric]];
    }

    DailyBar toBar() {
      var map = new EnumMap<BarMetric, Double>(BarMetric.class);
      for (BarMetric metric : BarMetric.values()) {
        if (has(metric.ordinal())) {
          map.put(metric, value(metric.ordinal()));
        }
      }
      return new DailyBar(code, day, MetricValues.of(BarMetric.class, map), SOURCE);
    }
  }

  /** Where a code trades, which numbers it gets and how far a day may move it. */
  enum Board {
    SH_MAIN("%06d.SH", 600_000, 0.10),
    STAR("%06d.SH", 688_001, 0.20),
    SZ_MAIN("%06d.SZ", 1, 0.10),
    CHINEXT("%06d.SZ", 300_001, 0.20),
    BJ("%06d.BJ", 830_001, 0.30);

    /** Roughly the boards' shares of the market: 30 % SH main, 10 % STAR, 30 %, 25 %, 5 %. */
    static final Board[] PATTERN = {SH_MAIN, SZ_MAIN, CHINEXT, SH_MAIN, SZ_MAIN, CHINEXT,
        STAR, SH_MAIN, SZ_MAIN, CHINEXT, SH_MAIN, SZ_MAIN, CHINEXT, STAR, SH_MAIN, SZ_MAIN,
        CHINEXT, SH_MAIN, SZ_MAIN, BJ};

    private final String format;
    private final int firstNumber;
    final double limit;

    Board(String format, int firstNumber, double limit) {
      this.format = format;
      this.firstNumber = firstNumber;
      this.limit = limit;
    }

    ThirdCode code(int serial) {
      return ThirdCode.of(String.format(format, firstNumber + serial));
    }
  }

  /** One code's life: listed on one day, perhaps delisted later, a random walk in between. */
  private static final class Listing {
    final ThirdCode code;
    final SplittableRandom random;
    final int listed;
    final int delisted;
    final double limit;
    final boolean paysDividends;
    long totalShares;  // 万股, whole
    long floatShares;
    long freeShares;
    long closeCents;
    long adjFactor = 1_000;  // 3 places
    int suspendedUntil = -1;
    boolean lossYear;
    int year;

    Listing(ThirdCode code, Board board, int days, SplittableRandom random) {
      this.code = code;
      this.random = random;
      // most of the market is old; every year still brings new listings
      double u = random.nextDouble();
      this.listed = (int) (days * Math.pow(u, 6));
      this.delisted = random.nextInt(20) == 0 && listed + 500 < days
          ? random.nextInt(listed + 500, days) : Integer.MAX_VALUE;
      this.limit = random.nextInt(30) == 0 && board != Board.BJ ? 0.05 : board.limit;
      this.paysDividends = random.nextInt(5) < 3;
      this.totalShares = 5_000 + random.nextInt(500_000);
      this.floatShares = totalShares * (30 + random.nextInt(71)) / 100;
      this.freeShares = floatShares * (50 + random.nextInt(51)) / 100;
      this.closeCents = 300 + random.nextInt(6_000);
    }

    /** Fills {@code row} with this code's bar of the day; false when it has none. */
    boolean fill(int dayIndex, LocalDate day, Row row) {
      if (dayIndex < listed || dayIndex >= delisted) {
        return false;
      }
      if (dayIndex <= suspendedUntil || suspends(dayIndex)) {
        return false;
      }
      if (day.getYear() != year) {
        year = day.getYear();
        lossYear = random.nextInt(8) == 0;
      }
      long preClose = closeCents;
      double move = Math.max(-limit, Math.min(limit, random.nextGaussian() * limit / 3));
      long up = Math.round(preClose * (1 + limit));
      long down = Math.max(1, Math.round(preClose * (1 - limit)));
      long close = clamp(Math.round(preClose * (1 + move)), down, up);
      if (close < 50) {
        close = 50;  // a penny stock is relisted or merged, not walked to zero
      }
      long open = clamp(Math.round(preClose * (1 + move * random.nextDouble())), down, up);
      long high = clamp(Math.round(Math.max(open, close) * (1 + random.nextDouble() * 0.02)), close, Math.max(up, close));
      long low = clamp(Math.round(Math.min(open, close) * (1 - random.nextDouble() * 0.02)), Math.min(down, close), close);
      high = Math.max(high, Math.max(open, close));
      low = Math.min(low, Math.min(open, close));
      long vol = 1_000 + random.nextInt(500_000);  // hands of 100 shares
      if (random.nextInt(250) == 0) {
        adjFactor = adjFactor * (1_010 + random.nextInt(90)) / 1_000;  // an ex-dividend day
      }
      closeCents = close;

      row.code = code;
      row.day = day;
      row.present = 0;
      row.set(BarMetric.OPEN, open);
      row.set(BarMetric.HIGH, high);
      row.set(BarMetric.LOW, low);
      row.set(BarMetric.CLOSE, close);
      row.set(BarMetric.PRE_CLOSE, preClose);
      row.set(BarMetric.CHANGE, close - preClose);
      row.set(BarMetric.PCT_CHG, Math.round((close - preClose) * 10_000.0 / preClose));
      row.set(BarMetric.VOL, vol);
      row.set(BarMetric.AMOUNT, vol * close);  // 千元 to 3 places: vol * 100 * close / 1000
      row.set(BarMetric.ADJ_FACTOR, adjFactor);
      if (!day.isBefore(VALUATION_FROM)) {
        valuation(dayIndex, close, vol, row);
      }
      return true;
    }

    private void valuation(int dayIndex, long close, long vol, Row row) {
      row.set(BarMetric.TURNOVER_RATE, Math.round(vol * 10_000.0 / floatShares));
      row.set(BarMetric.TURNOVER_RATE_F, Math.round(vol * 10_000.0 / freeShares));
      if (dayIndex > listed) {
        row.set(BarMetric.VOLUME_RATIO, 30 + random.nextInt(270));
      }
      if (!lossYear) {
        row.set(BarMetric.PE, close * (800 + random.nextInt(400)));  // close x 8..12, 4 places
        row.set(BarMetric.PE_TTM, close * (800 + random.nextInt(400)));
      }
      row.set(BarMetric.PB, close * 25);
      row.set(BarMetric.PS, close * 50);
      row.set(BarMetric.PS_TTM, close * 48);
      if (paysDividends) {
        row.set(BarMetric.DV_RATIO, random.nextInt(50_000));
        row.set(BarMetric.DV_TTM, random.nextInt(50_000));
      }
      row.set(BarMetric.TOTAL_SHARE, totalShares * 10_000);
      row.set(BarMetric.FLOAT_SHARE, floatShares * 10_000);
      row.set(BarMetric.FREE_SHARE, freeShares * 10_000);
      row.set(BarMetric.TOTAL_MV, totalShares * close * 100);  // 万元 = 万股 x yuan
      row.set(BarMetric.CIRC_MV, floatShares * close * 100);
    }

    /** A short halt now and then, a long one (restructuring) rarely. */
    private boolean suspends(int dayIndex) {
      int draw = random.nextInt(30_000);
      if (draw < 100) {
        suspendedUntil = dayIndex + random.nextInt(1, 8);
        return true;
      }
      if (draw == 100) {
        suspendedUntil = dayIndex + random.nextInt(60, 400);
        return true;
      }
      return false;
    }

    private static long clamp(long value, long min, long max) {
      return Math.max(min, Math.min(max, value));
    }
  }
}
