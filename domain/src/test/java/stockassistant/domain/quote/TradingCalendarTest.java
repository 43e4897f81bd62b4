package stockassistant.domain.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradingCalendarTest {
  /** Spring Festival 2024: closed from Fri 02-09 to Sat 02-17. */
  private static final List<LocalDate> OPEN_NEWEST_FIRST =
      days("2024-02-20", "2024-02-19", "2024-02-08", "2024-02-07", "2024-02-06");

  @Test
  void everyCalendarDayNewestFirstWithItsPreviousOpenDay() {
    List<String> walked = walk("2024-02-07", "2024-02-20", OPEN_NEWEST_FIRST.iterator());

    assertThat(walked).containsExactly(
        "2024-02-20 1 2024-02-19",
        "2024-02-19 1 2024-02-08",
        "2024-02-18 0 2024-02-08",
        "2024-02-17 0 2024-02-08",
        "2024-02-16 0 2024-02-08",
        "2024-02-15 0 2024-02-08",
        "2024-02-14 0 2024-02-08",
        "2024-02-13 0 2024-02-08",
        "2024-02-12 0 2024-02-08",
        "2024-02-11 0 2024-02-08",
        "2024-02-10 0 2024-02-08",
        "2024-02-09 0 2024-02-08",
        "2024-02-08 1 2024-02-07",
        "2024-02-07 1 2024-02-06");
  }

  @Test
  void theFirstOpenDayStoredHasNoPreviousOne() {
    assertThat(walk("2024-02-05", "2024-02-06", days("2024-02-06").iterator()))
        .containsExactly("2024-02-06 1 null", "2024-02-05 0 null");
  }

  @Test
  void openDaysAreReadOnlyAsFarAsTheWalkGoes() {
    var pulled = new ArrayList<LocalDate>();
    Iterator<LocalDate> source = OPEN_NEWEST_FIRST.iterator();
    Iterator<LocalDate> counting = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return source.hasNext();
      }

      @Override
      public LocalDate next() {
        LocalDate day = source.next();
        pulled.add(day);
        return day;
      }
    };
    var calendar = new TradingCalendar(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-02-20"),
        counting);

    calendar.next();
    calendar.next();

    assertThat(pulled).containsExactly(days("2024-02-20", "2024-02-19", "2024-02-08").toArray(LocalDate[]::new));
  }

  private static List<String> walk(String from, String to, Iterator<LocalDate> open) {
    var calendar = new TradingCalendar(LocalDate.parse(from), LocalDate.parse(to), open);
    var walked = new ArrayList<String>();
    calendar.forEachRemaining(day -> walked.add(day.day() + " " + (day.open() ? 1 : 0) + " "
        + day.previousOpenDay()));
    return walked;
  }

  private static List<LocalDate> days(String... isoDays) {
    return java.util.Arrays.stream(isoDays).map(LocalDate::parse).toList();
  }
}
