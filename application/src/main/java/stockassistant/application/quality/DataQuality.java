package stockassistant.application.quality;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import stockassistant.domain.calendar.CalendarRepository;
import stockassistant.domain.calendar.Exchange;
import stockassistant.domain.quality.AuditSlice;
import stockassistant.domain.quality.Check;
import stockassistant.domain.quality.Dataset;
import stockassistant.domain.quality.Finding;
import stockassistant.domain.quality.QualityRepository;
import stockassistant.domain.quality.SliceResult;
import stockassistant.domain.stock.ThirdCode;
import stockassistant.domain.transaction.Db;
import stockassistant.domain.transaction.UnitOfWork;

/**
 * Data you can trust: the audit (which checks, over what range) and the datasets' freshness.
 *
 * <p>The database runs every check (set-based SQL); this decides the slices: the codes in
 * groups of about {@link #SLICE_BARS} bars, each check of each slice one bounded read. So no
 * statement grows with the store (a 40-million-row store is many small reads, each under the
 * read budget, and a read replica may serve them), memory holds one slice's examples, and a
 * code's history is never cut (continuity needs the bar before).
 */
public final class DataQuality {
  /**
   * Bars one check reads at a time: their window sort stays within the default work_mem (4 MB),
   * where 100,000 spilled to disk and took three times as long a bar.
   */
  public static final long SLICE_BARS = 30_000;
  /** Codes one slice holds at most (the statements bind them as one array). */
  static final int MAX_SLICE_CODES = 2_000;
  /** How far back the newest day of daily_basic or adj_factor is searched. */
  static final int LOOK_BACK_DAYS = 400;
  public static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");
  /**
   * Checks run at once: the database does the work, and one statement keeps one core busy;
   * two use both of a 2-core server and leave the pool (10) to everyone else.
   */
  static final int AUDIT_THREADS = 2;

  private final QualityRepository quality;
  private final CalendarRepository calendar;
  private final UnitOfWork work;
  private final Clock clock;
  private final int threads;

  @Inject
  public DataQuality(QualityRepository quality, CalendarRepository calendar, UnitOfWork work) {
    this(quality, calendar, work, Clock.system(MARKET_ZONE), AUDIT_THREADS);
  }

  /** @param threads checks run at once, each on its own connection (1: one after another) */
  public DataQuality(QualityRepository quality, CalendarRepository calendar, UnitOfWork work,
      Clock clock, int threads) {
    this.quality = quality;
    this.calendar = calendar;
    this.work = work;
    this.clock = clock;
    this.threads = threads;
  }

  /** Runs every check over the request's range and codes. */
  public AuditReport audit(AuditRequest request) {
    long started = System.nanoTime();
    LocalDate newest = work.read("DataQuality.audit",
        db -> quality.newestBarDay(db, request.to())).orElse(null);
    boolean calendarStored = work.read("DataQuality.audit", this::anyCalendar);
    List<String> codes = request.codes().isEmpty()
        ? work.read("DataQuality.audit", quality::codes)
        : request.codes().stream().map(ThirdCode::value).toList();
    int perSlice = codesPerSlice(codes.size(),
        work.read("DataQuality.audit", quality::estimatedBars));
    var tallies = new EnumMap<Check, Tally>(Check.class);
    for (Check check : Check.values()) {
      tallies.put(check, new Tally(request.examples()));
    }
    var runs = new ArrayList<Run>();
    for (int first = 0; first < codes.size(); first += perSlice) {
      var slice = new AuditSlice(codes.subList(first, Math.min(codes.size(), first + perSlice)),
          request.from(), request.to(), newest);
      for (Check check : Check.values()) {
        if (skipReason(check, calendarStored) == null) {
          runs.add(new Run(check, slice));
        }
      }
    }
    InOrder.run(runs, threads, run -> {
      int wanted = tallies.get(run.check()).examplesWanted();
      return work.read("DataQuality.audit." + run.check().key(),
          db -> quality.run(db, run.check(), run.slice(), wanted));
    }, (run, result) -> tallies.get(run.check()).add(result));
    var checks = new ArrayList<CheckReport>();
    for (Check check : Check.values()) {
      checks.add(tallies.get(check).report(check, skipReason(check, calendarStored)));
    }
    return new AuditReport(request.from(), request.to(), codes.size(), newest, calendarStored,
        checks, (System.nanoTime() - started) / 1_000_000);
  }

  /** The newest stored day of every dataset against the newest open day up to today. */
  public FreshnessReport freshness() {
    LocalDate today = LocalDate.now(clock);
    return work.read("DataQuality.freshness", db -> {
      boolean stored = calendar.holds(db, Exchange.SSE);
      LocalDate newestOpen = stored
          ? calendar.newestOpenDay(db, Exchange.SSE, today).orElse(null) : lastWeekday(today);
      var datasets = new ArrayList<DatasetFreshness>();
      for (Dataset dataset : Dataset.values()) {
        LocalDate newest = quality.newestDay(db, dataset, LOOK_BACK_DAYS).orElse(null);
        Integer age = null;
        if (newest != null && newestOpen != null) {
          age = !newest.isBefore(newestOpen) ? 0 : stored
              ? calendar.openDaysBetween(db, Exchange.SSE, newest, newestOpen)
              : weekdaysBetween(newest, newestOpen);
        }
        datasets.add(new DatasetFreshness(dataset, newest, newestOpen, age));
      }
      return new FreshnessReport(today, stored ? "SSE" : "weekdays", datasets);
    });
  }

  private boolean anyCalendar(Db db) {
    for (Exchange exchange : Exchange.values()) {
      if (calendar.holds(db, exchange)) {
        return true;
      }
    }
    return false;
  }

  private static String skipReason(Check check, boolean calendarStored) {
    return check == Check.GAPS && !calendarStored
        ? "no trading calendar is stored: import one (import --kind calendar) or sync trade_cal"
        : null;
  }

  /** About {@link #SLICE_BARS} bars a slice, judged from the planner's row estimate. */
  static int codesPerSlice(int codes, long estimatedBars) {
    if (codes == 0) {
      return 1;
    }
    long barsPerCode = Math.max(1, estimatedBars / codes);
    return (int) Math.max(1, Math.min(MAX_SLICE_CODES, SLICE_BARS / barsPerCode));
  }

  private static LocalDate lastWeekday(LocalDate day) {
    LocalDate last = day;
    while (last.getDayOfWeek() == DayOfWeek.SATURDAY || last.getDayOfWeek() == DayOfWeek.SUNDAY) {
      last = last.minusDays(1);
    }
    return last;
  }

  private static int weekdaysBetween(LocalDate after, LocalDate upTo) {
    int days = 0;
    for (LocalDate day = after.plusDays(1); !day.isAfter(upTo); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days++;
      }
    }
    return days;
  }

  /** One check over one slice. */
  private record Run(Check check, AuditSlice slice) {}

  /** One check's results summed over the slices; examples kept until there are enough. */
  private static final class Tally {
    private final int examples;
    private final Map<String, Long> rules = new TreeMap<>();
    private final List<Finding> found = new ArrayList<>();
    private final Map<String, Long> suspendedByCode = new LinkedHashMap<>();
    private long suspendedDays;
    private long suspendedCodes;

    Tally(int examples) {
      this.examples = examples;
    }

    int examplesWanted() {
      return examples - found.size();
    }

    void add(SliceResult result) {
      result.counts().forEach((rule, count) -> rules.merge(rule, count, Long::sum));
      result.examples().stream().limit(examplesWanted()).forEach(found::add);
      result.suspendedDays().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(entry -> {
            suspendedDays += entry.getValue();
            suspendedCodes++;
            if (suspendedByCode.size() < examples) {
              suspendedByCode.put(entry.getKey(), entry.getValue());
            }
          });
    }

    CheckReport report(Check check, String skipped) {
      long count = rules.values().stream().mapToLong(Long::longValue).sum();
      return new CheckReport(check, count, rules, found, suspendedDays, suspendedCodes,
          suspendedByCode, skipped);
    }
  }
}
