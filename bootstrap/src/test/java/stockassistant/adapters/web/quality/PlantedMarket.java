package stockassistant.adapters.web.quality;

import static stockassistant.domain.testdata.DailyBarBuilder.aBar;
import static stockassistant.domain.testdata.FinanceReportBuilder.aReport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.domain.calendar.Exchange;
import stockassistant.domain.calendar.ExchangeDay;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.finance.FinanceMetric;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.stock.ThirdCode;

/**
 * A small market, 2024-01-02..2024-03-29 on all three exchanges' calendars (with a Spring
 * Festival week closed), whose defects are known exactly. The clean market has what a real one
 * has and must not be flagged: an ex-rights day, a listing day at +150 %, a close at the limit
 * price rounded to the tick, ChiNext +19.5 %, STAR +18 %, BSE +29 %, an ST stock, a suspension
 * with its resumption, a delisted stock (delist_date exclusive) and a paused one (P, its days
 * after the pause in suspend_d). {@link #planted} adds one defect of each kind, listed in
 * {@link #PLANTED}.
 */
final class PlantedMarket {
  static final LocalDate FIRST = LocalDate.of(2024, 1, 2);
  static final LocalDate LAST = LocalDate.of(2024, 3, 29);
  static final LocalDate LISTED = LocalDate.of(2020, 1, 2);

  /** Every planted finding: check, rule, code, day. */
  static final List<String> PLANTED = List.of(
      "gaps missing 600010.SH 2024-01-10", "gaps missing 600010.SH 2024-01-11",
      // a stale code has missing days up to the newest day: the same defect, seen by gaps too
      "gaps missing 600019.SH 2024-03-28", "gaps missing 600019.SH 2024-03-29",
      "price_sanity outside_high_low 600011.SH 2024-01-15",
      "price_sanity negative_volume 600011.SH 2024-01-22",
      "continuity pre_close 600012.SH 2024-01-17",
      "continuity pct_chg 600013.SH 2024-01-18",
      "price_limits beyond_limit 600014.SH 2024-01-19",
      "price_limits beyond_limit 600015.SH 2024-01-19",
      "adj_factor decreasing 600016.SH 2024-01-24",
      "adj_factor jump_without_pre_close_gap 600017.SH 2024-01-25",
      "adj_factor null_factor 600018.SH 2024-01-26",
      "staleness stale 600019.SH 2024-03-27",
      "finance announced_before_period_end 600000.SH 2024-03-15",
      "finance duplicate_revision 000001.SZ 2024-03-22");
  /** Suspended (S) days: 600003.SH three, 600005.SH (paused) every open day after 03-15. */
  static final long SUSPENDED_DAYS = 3 + 10;

  private final boolean planted;
  private final List<LocalDate> openDays = new ArrayList<>();
  private final List<Stock> stocks = new ArrayList<>();
  private final List<DailyBar> bars = new ArrayList<>();
  private final List<Suspension> suspensions = new ArrayList<>();
  private final List<FinanceReport> reports = new ArrayList<>();
  private final List<String> rawDefects = new ArrayList<>();

  private PlantedMarket(boolean planted) {
    this.planted = planted;
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY
          || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean festival = !day.isBefore(LocalDate.of(2024, 2, 9))
          && !day.isAfter(LocalDate.of(2024, 2, 16));
      if (!weekend && !festival) {
        openDays.add(day);
      }
    }
    build();
  }

  static PlantedMarket clean() {
    return new PlantedMarket(false);
  }

  static PlantedMarket planted() {
    return new PlantedMarket(true);
  }

  private void build() {
    // ex-rights day: the factor rises and pre_close is the previous close / 1.1
    walk(stock("600000.SH", "浦发银行"), 10.0, 1.0, w -> w.exRights(d("2024-01-16"), 1.1));
    // a close at the limit price rounded to the tick: 10.05 x 1.1 = 11.055 -> 11.06
    walk(stock("000001.SZ", "平安银行"), 9.8, 1.0, w -> {
      w.tweak(d("2024-01-11"), bar -> bar.closeAt(10.05));
      w.move(d("2024-01-12"), 0.10);
    });
    walk(stock("300750.SZ", "宁德时代"), 150.0, 1.0, w -> w.move(d("2024-01-12"), 0.195));
    walk(stock("688981.SH", "中芯国际"), 50.0, 1.0, w -> w.move(d("2024-01-12"), 0.18));
    walk(stock("830799.BJ", "艾融软件"), 20.0, 1.0, w -> w.move(d("2024-01-12"), 0.29));
    // listing day: no limit
    walk(listed("600001.SH", "新股上市", d("2024-02-01"), null, "L"), 5.0, 1.0,
        w -> w.move(d("2024-02-01"), 1.5));
    walk(stock("600002.SH", "*ST海润"), 3.0, 1.0, w -> { });
    // suspended three days, resumed (R) on the fourth
    walk(stock("600003.SH", "停牌复牌"), 8.0, 1.0, w -> {
      for (String day : List.of("2024-01-29", "2024-01-30", "2024-01-31")) {
        w.skip(d(day));
        suspensions.add(new Suspension(ThirdCode.of("600003.SH"), d(day), null,
            Suspension.SuspendType.S));
      }
      suspensions.add(new Suspension(ThirdCode.of("600003.SH"), d("2024-02-01"), null,
          Suspension.SuspendType.R));
    });
    // delisted on 2024-03-01 (exclusive): its last bar is on the open day before
    walk(listed("600004.SH", "退市股份", LISTED, d("2024-03-01"), "D"), 4.0, 1.0,
        w -> w.lastBar(d("2024-02-29")));
    // paused (P) after 2024-03-15: Tushare lists the days after it in suspend_d
    walk(listed("600005.SH", "暂停上市", LISTED, null, "P"), 6.0, 1.0, w -> {
      w.lastBar(d("2024-03-15"));
      for (LocalDate day : openDays) {
        if (day.isAfter(d("2024-03-15"))) {
          suspensions.add(new Suspension(ThirdCode.of("600005.SH"), day, "09:30-15:00",
              Suspension.SuspendType.S));
        }
      }
    });
    reports.add(report("000001.SZ", "2023-10-25", "2023-09-30", 0.5));
    reports.add(report("000001.SZ", "2024-03-15", "2023-12-31", 1.0));
    reports.add(report("000001.SZ", "2024-03-28", "2023-12-31", 1.2));
    reports.add(report("600000.SH", "2024-03-20", "2023-12-31", 0.8));
    if (!planted) {
      return;
    }
    walk(stock("600010.SH", "缺口"), 10.0, 1.0, w -> {
      w.skip(d("2024-01-10"));
      w.skip(d("2024-01-11"));
    });
    // bars no write path of ours accepts (DailyBar refuses them): loaded by other tools
    walk(stock("600011.SH", "坏K线"), 10.0, 1.0, w -> { });
    rawDefects.add("UPDATE stock_daily SET high = least(open, close) - 0.5"
        + " WHERE third_code = '600011.SH' AND trade_date = '2024-01-15'");
    rawDefects.add("UPDATE stock_daily SET vol = -5"
        + " WHERE third_code = '600011.SH' AND trade_date = '2024-01-22'");
    walk(stock("600012.SH", "断昨收"), 10.0, 1.0,
        w -> w.tweak(d("2024-01-17"), bar -> bar.preCloseAt(bar.preClose + 0.30)));
    walk(stock("600013.SH", "错涨幅"), 10.0, 1.0,
        w -> w.tweak(d("2024-01-18"), bar -> bar.pct += 2.0));
    walk(stock("600014.SH", "超涨停"), 10.0, 1.0, w -> w.move(d("2024-01-19"), 0.12));
    walk(stock("600015.SH", "ST超限"), 10.0, 1.0, w -> w.move(d("2024-01-19"), 0.07));
    walk(stock("600016.SH", "因子下降"), 10.0, 1.2, w -> w.factorOnly(d("2024-01-24"), 1.1));
    walk(stock("600017.SH", "因子跳变"), 10.0, 1.0, w -> w.factorOnly(d("2024-01-25"), 1.05));
    walk(stock("600018.SH", "因子缺失"), 10.0, 1.0,
        w -> w.tweak(d("2024-01-26"), bar -> bar.factor = null));
    walk(stock("600019.SH", "停更"), 10.0, 1.0, w -> w.lastBar(d("2024-03-27")));
    reports.add(report("600000.SH", "2024-03-15", "2024-03-31", 0.2));
    reports.add(report("000001.SZ", "2024-03-22", "2023-12-31", 1.0));
  }

  /** Stores the market: calendars of SSE, SZSE and BSE, stocks, bars, suspensions, reports. */
  void storeIn(Persistence persistence) {
    var days = new ArrayList<ExchangeDay>();
    for (Exchange exchange : Exchange.values()) {
      LocalDate previousOpen = null;
      for (LocalDate day = FIRST.minusDays(1); !day.isAfter(LAST); day = day.plusDays(1)) {
        boolean open = openDays.contains(day);
        days.add(new ExchangeDay(exchange, day, open, previousOpen));
        if (open) {
          previousOpen = day;
        }
      }
    }
    var tx = persistence.unitOfWork();
    tx.bulkWrite("test.market", db -> {
      persistence.calendar().upsertAll(db, days);
      persistence.stocks().upsertAll(db, stocks);
      persistence.quotes().upsertAll(db, bars);
      persistence.suspensions().upsertAll(db, suspensions);
      persistence.finance().upsertAll(db, reports);
      try (var statement = stockassistant.adapters.persistence.session.OpenWork.of(db).connection().createStatement()) {
        for (String sql : rawDefects) {
          statement.executeUpdate(sql);
        }
      } catch (java.sql.SQLException failure) {
        throw new IllegalStateException(failure);
      }
      return null;
    });
  }

  List<LocalDate> openDays() {
    return List.copyOf(openDays);
  }

  private Stock stock(String code, String name) {
    return listed(code, name, LISTED, null, "L");
  }

  private Stock listed(String code, String name, LocalDate listDate, LocalDate delistDate,
      String status) {
    Stock stock = new Stock(ThirdCode.of(code), code.substring(0, 6), name, null, null, null,
        listDate, delistDate, null, null, null, null, null, status, null, null, null);
    stocks.add(stock);
    return stock;
  }

  private static FinanceReport report(String code, String announced, String period, double eps) {
    return aReport().of(code).announcedOn(announced).forPeriod(period)
        .with(FinanceMetric.EPS, eps).with(FinanceMetric.ROE, 12.5).build();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private void walk(Stock stock, double previousClose, double factor, Consumer<Walk> plan) {
    var walk = new Walk();
    plan.accept(walk);
    String code = stock.thirdCode().value();
    double close = previousClose;
    int index = 0;
    for (LocalDate day : openDays) {
      index++;
      if (day.isBefore(stock.listDate()) || walk.skip.contains(day)
          || walk.lastBar != null && day.isAfter(walk.lastBar)) {
        continue;
      }
      double pre = close;
      Double exRights = walk.exRights.get(day);
      if (exRights != null) {
        pre = round2(close * factor / exRights);
        factor = exRights;
      }
      Double factorOnly = walk.factorOnly.get(day);
      if (factorOnly != null) {
        factor = factorOnly;
      }
      // a small deterministic move, within +-1.5 %
      double move = walk.moves.getOrDefault(day,
          (Math.floorMod((code.hashCode() * 31 + index * 7919), 301) - 150) / 10_000.0);
      var bar = new Bar(day, pre, round2(pre * (1 + move)), factor);
      Consumer<Bar> tweak = walk.tweaks.get(day);
      if (tweak != null) {
        tweak.accept(bar);
      }
      bars.add(bar.toDailyBar(code));
      close = bar.close;
    }
  }

  static double round2(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  /** What happens to one code on which days. */
  private static final class Walk {
    final Set<LocalDate> skip = new java.util.HashSet<>();
    final Map<LocalDate, Double> moves = new HashMap<>();
    final Map<LocalDate, Double> exRights = new HashMap<>();
    final Map<LocalDate, Double> factorOnly = new HashMap<>();
    final Map<LocalDate, Consumer<Bar>> tweaks = new HashMap<>();
    LocalDate lastBar;

    void skip(LocalDate day) {
      skip.add(day);
    }

    void move(LocalDate day, double move) {
      moves.put(day, move);
    }

    void exRights(LocalDate day, double factor) {
      exRights.put(day, factor);
    }

    /** The factor changes and pre_close does not: a jump nothing explains. */
    void factorOnly(LocalDate day, double factor) {
      factorOnly.put(day, factor);
    }

    void tweak(LocalDate day, Consumer<Bar> tweak) {
      tweaks.put(day, tweak);
    }

    void lastBar(LocalDate day) {
      lastBar = day;
    }
  }

  /** One bar while it is made: consistent unless a tweak breaks it. */
  static final class Bar {
    final LocalDate day;
    double open;
    double high;
    double low;
    double close;
    double preClose;
    double change;
    double pct;
    double vol = 100_000;
    Double factor;

    Bar(LocalDate day, double preClose, double close, double factor) {
      this.day = day;
      this.open = preClose;
      this.preClose = preClose;
      this.factor = factor;
      closeAt(close);
    }

    /** A new close, with change, pct_chg, high and low following it. */
    void closeAt(double value) {
      close = value;
      change = round2(close - preClose);
      pct = round2((close - preClose) / preClose * 100);
      high = round2(Math.max(open, close) + 0.02);
      low = round2(Math.min(open, close) - 0.02);
    }

    /** Another pre_close, with change and pct_chg following it (so only pre_close is off). */
    void preCloseAt(double value) {
      preClose = round2(value);
      change = round2(close - preClose);
      pct = round2((close - preClose) / preClose * 100);
    }

    DailyBar toDailyBar(String code) {
      return aBar().of(code).on(day).prices(open, high, low, close, preClose)
          .with(BarMetric.CHANGE, change).with(BarMetric.PCT_CHG, pct)
          .traded(vol, vol * close / 10).adjFactor(factor).build();
    }
  }
}
