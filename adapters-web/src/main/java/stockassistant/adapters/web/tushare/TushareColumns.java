package stockassistant.adapters.web.tushare;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import stockassistant.domain.InvalidField;

/**
 * The fields one Tushare api can answer for its row type, by Tushare's names, and those it
 * answers when the request names none (its documented defaults). Values are what Tushare sends:
 * dates as YYYYMMDD strings, numbers, text, null for a missing value.
 */
final class TushareColumns<T> {
  private final Map<String, Function<T, Object>> byName = new LinkedHashMap<>();
  private final List<String> defaults = new ArrayList<>();

  TushareColumns<T> add(String name, Function<T, Object> value) {
    byName.put(name, value);
    return this;
  }

  TushareColumns<T> date(String name, Function<T, LocalDate> value) {
    return add(name, row -> compact(value.apply(row)));
  }

  /** The default fields, in order; without this call every field is a default. */
  TushareColumns<T> defaults(List<String> names) {
    defaults.clear();
    defaults.addAll(names);
    return this;
  }

  List<String> names() {
    return List.copyOf(byName.keySet());
  }

  List<String> defaultNames() {
    return defaults.isEmpty() ? names() : List.copyOf(defaults);
  }

  /** The fields asked for, in the order asked (repeats dropped); none asked: the defaults. */
  Selection<T> select(List<String> asked, String api) {
    List<String> names = asked.isEmpty() ? defaultNames() : List.copyOf(new LinkedHashSet<>(asked));
    var values = new ArrayList<Function<T, Object>>(names.size());
    for (String name : names) {
      Function<T, Object> value = byName.get(name);
      if (value == null) {
        throw new InvalidField("fields", "'" + name + "' is not a field of " + api + "; it has "
            + String.join(",", byName.keySet()));
      }
      values.add(value);
    }
    return new Selection<>(names, values);
  }

  /**
   * YYYYMMDD. On the hot path (a date in every row): arithmetic, where a DateTimeFormatter costs
   * about a microsecond a row, a millisecond on ten years of one code.
   */
  static String compact(LocalDate day) {
    if (day == null) {
      return null;
    }
    int year = day.getYear();
    if (year < 1000 || year > 9999) {
      return day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }
    return Integer.toString(year * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth());
  }

  /** The fields of one answer and how to read each from a row. */
  record Selection<T>(List<String> names, List<Function<T, Object>> values) {}
}
