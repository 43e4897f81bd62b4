package stockassistant.application.quality;

import stockassistant.domain.transaction.Db;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stockassistant.application.fakes.DirectUnitOfWork;
import stockassistant.domain.InvalidField;
import stockassistant.domain.calendar.CalendarRepository;
import stockassistant.domain.calendar.Exchange;
import stockassistant.domain.calendar.ExchangeDay;
import stockassistant.domain.quality.AuditSlice;
import stockassistant.domain.quality.Check;
import stockassistant.domain.quality.Dataset;
import stockassistant.domain.quality.Finding;
import stockassistant.domain.quality.QualityRepository;
import stockassistant.domain.quality.SliceResult;

class DataQualityTest {
  private final DirectUnitOfWork work = new DirectUnitOfWork();

  @Test
  void slicesHoldAboutThirtyThousandBarsOfWholeCodes() {
    assertThat(DataQuality.codesPerSlice(5_000, 40_000_000)).isEqualTo(3);
    assertThat(DataQuality.codesPerSlice(5_000, 1_000_000)).isEqualTo(150);
    assertThat(DataQuality.codesPerSlice(10, 0)).isEqualTo(DataQuality.MAX_SLICE_CODES);
    assertThat(DataQuality.codesPerSlice(0, 0)).isEqualTo(1);
  }

  /** Three codes a slice of one: counts add up, examples stop at the limit, in code order. */
  @Test
  void countsAddUpAndExamplesStopAtTheLimitAcrossSlices() {
    var store = new SlicedStore(List.of("600000.SH", "600001.SH", "600002.SH"), 3_000_000);

    AuditReport report = new DataQuality(store, new NoCalendar(true), work, Clock.systemUTC(), 1)
        .audit(new AuditRequest(null, null, List.of(), 2));

    CheckReport continuity = report.checks().get(Check.CONTINUITY.ordinal());
    assertThat(continuity.count()).isEqualTo(6);
    assertThat(continuity.rules()).isEqualTo(Map.of("pre_close", 6L));
    assertThat(continuity.examples()).extracting(Finding::code)
        .containsExactly("600000.SH", "600000.SH");
    assertThat(store.asked).as("examples still wanted, slice by slice").containsExactly(2, 0, 0);
    assertThat(report.clean()).isFalse();
    assertThat(work.opened()).allMatch(opened -> opened.startsWith("read:"));
  }

  /** Two threads, results taken in slice order: the same report as one thread gives. */
  @Test
  void twoThreadsGiveTheSameReportAsOne() {
    var codes = new ArrayList<String>();
    for (int i = 0; i < 40; i++) {
      codes.add(String.format("6%05d.SH", i));
    }
    var request = new AuditRequest(null, null, List.of(), 5);
    var concurrent = new stockassistant.domain.transaction.UnitOfWork() {
      @Override
      public <T> T write(String useCase, java.util.function.Function<stockassistant.domain.transaction.Db, T> work) {
        return work.apply(null);
      }

      @Override
      public <T> T bulkWrite(String useCase, java.util.function.Function<stockassistant.domain.transaction.Db, T> work) {
        return work.apply(null);
      }

      @Override
      public <T> T read(String useCase, java.util.function.Function<stockassistant.domain.transaction.Db, T> work) {
        return work.apply(null);
      }

      @Override
      public <T> T readFresh(String useCase, java.util.function.Function<stockassistant.domain.transaction.Db, T> work) {
        return work.apply(null);
      }
    };
    Clock clock = Clock.systemUTC();

    AuditReport one = new DataQuality(new SlicedStore(codes, 40_000_000), new NoCalendar(true),
        concurrent, clock, 1).audit(request);
    AuditReport two = new DataQuality(new SlicedStore(codes, 40_000_000), new NoCalendar(true),
        concurrent, clock, 2).audit(request);

    assertThat(two.checks()).isEqualTo(one.checks());
    assertThat(two.findings()).isEqualTo(80);
    assertThat(two.clean()).isFalse();
  }

  @Test
  void withoutACalendarGapsAreSkippedAndTheRestStillRuns() {
    var store = new SlicedStore(List.of("600000.SH"), 100);

    AuditReport report = new DataQuality(store, new NoCalendar(false), work, Clock.systemUTC(), 1)
        .audit(new AuditRequest(null, null, List.of(), AuditRequest.DEFAULT_EXAMPLES));

    assertThat(report.checks().get(Check.GAPS.ordinal()).skipped()).contains("calendar");
    assertThat(store.checksRun).doesNotContain(Check.GAPS).contains(Check.CONTINUITY);
  }

  @Test
  void aRangeBackwardsOrTooManyExamplesIsRefusedBeforeAnyRead() {
    assertThatThrownBy(() -> new AuditRequest(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1),
        List.of(), 10)).isInstanceOf(InvalidField.class).hasMessageStartingWith("from:");
    assertThatThrownBy(() -> new AuditRequest(null, null, List.of(), 1_001))
        .isInstanceOf(InvalidField.class).hasMessageStartingWith("examples:");
  }

  @Test
  void freshnessCountsWeekdaysWhenNoCalendarIsStored() {
    var store = new SlicedStore(List.of(), 0);
    var friday = Clock.fixed(LocalDate.of(2024, 3, 29).atStartOfDay().toInstant(ZoneOffset.UTC),
        ZoneOffset.UTC);

    FreshnessReport report = new DataQuality(store, new NoCalendar(false), work, friday, 1)
        .freshness();

    assertThat(report.calendar()).isEqualTo("weekdays");
    DatasetFreshness bars = report.datasets().get(Dataset.BARS.ordinal());
    assertThat(bars.newestStored()).isEqualTo(LocalDate.of(2024, 3, 25));
    assertThat(bars.ageDays()).as("Tuesday to Friday").isEqualTo(4);
  }

  /** Each code has two continuity findings; every slice reports its own. */
  private static final class SlicedStore implements QualityRepository {
    private final List<String> codes;
    private final long bars;
    final List<Integer> asked = java.util.Collections.synchronizedList(new ArrayList<>());
    final List<Check> checksRun = java.util.Collections.synchronizedList(new ArrayList<>());

    SlicedStore(List<String> codes, long bars) {
      this.codes = codes;
      this.bars = bars;
    }

    @Override
    public List<String> codes(Db db) {
      return codes;
    }

    @Override
    public long estimatedBars(Db db) {
      return bars;
    }

    @Override
    public Optional<LocalDate> newestBarDay(Db db, LocalDate notAfter) {
      return Optional.of(LocalDate.of(2024, 3, 25));
    }

    @Override
    public SliceResult run(Db db, Check check, AuditSlice slice, int examples) {
      checksRun.add(check);
      if (check != Check.CONTINUITY) {
        return new SliceResult(Map.of(), List.of(), Map.of());
      }
      asked.add(examples);
      var found = new ArrayList<Finding>();
      for (String code : slice.codes()) {
        for (int day = 1; day <= 2 && found.size() < examples; day++) {
          found.add(new Finding(check, "pre_close", code, LocalDate.of(2024, 1, day), Map.of()));
        }
      }
      return new SliceResult(Map.of("pre_close", 2L * slice.codes().size()), found, Map.of());
    }

    @Override
    public Optional<LocalDate> newestDay(Db db, Dataset dataset, int lookBackDays) {
      return dataset == Dataset.BARS ? Optional.of(LocalDate.of(2024, 3, 25)) : Optional.empty();
    }
  }

  private record NoCalendar(boolean holds) implements CalendarRepository {
    @Override
    public int upsertAll(Db db, List<ExchangeDay> days) {
      return 0;
    }

    @Override
    public boolean holds(Db db, Exchange exchange) {
      return holds;
    }

    @Override
    public List<ExchangeDay> days(Db db, Exchange exchange, LocalDate from, LocalDate to, Boolean open,
        LocalDate before, int skip, int limit) {
      return List.of();
    }

    @Override
    public Optional<LocalDate> newestOpenDay(Db db, Exchange exchange, LocalDate notAfter) {
      return Optional.empty();
    }

    @Override
    public int openDaysBetween(Db db, Exchange exchange, LocalDate after, LocalDate upTo) {
      return 0;
    }
  }
}
