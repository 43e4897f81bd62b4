package stockassistant.adapters.web.codec;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import stockassistant.domain.stock.ThirdCode;

/**
 * The codes and dates one CSV source has already parsed, by cell text. A full-market file repeats
 * a few thousand codes and one date per thousands of rows: every row of an import batch then
 * holds the same ThirdCode and LocalDate objects instead of its own, which is less memory in
 * flight and less for the collector to copy. Only a value that parsed is kept, so a bad cell is
 * refused with the same message every time; past {@link #LIMIT} values, new ones are parsed each
 * time (memory stays bounded whatever the file).
 */
final class ParsedCells {
  static final int LIMIT = 20_000;

  private final Map<String, ThirdCode> codes = new HashMap<>();
  private final Map<String, LocalDate> dates = new HashMap<>();

  ThirdCode code(String field, String text) {
    return known(codes, text, cell -> ThirdCodes.parse(field, cell));
  }

  LocalDate date(String field, String text) {
    return known(dates, text, cell -> Dates.parse(field, cell));
  }

  private static <T> T known(Map<String, T> parsed, String text, Function<String, T> parse) {
    T known = parsed.get(text);
    if (known != null) {
      return known;
    }
    T value = parse.apply(text);  // throws for a bad cell, which is then never kept
    if (parsed.size() < LIMIT) {
      parsed.put(text, value);
    }
    return value;
  }

  int size() {
    return codes.size() + dates.size();
  }
}
