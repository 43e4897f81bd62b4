package stockassistant.adapters.web.codec;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
    ThirdCode known = codes.get(text);
    if (known != null) {
      return known;
    }
    ThirdCode parsed = ThirdCodes.parse(field, text);
    if (codes.size() < LIMIT) {
      codes.put(text, parsed);
    }
    return parsed;
  }

  LocalDate date(String field, String text) {
    LocalDate known = dates.get(text);
    if (known != null) {
      return known;
    }
    LocalDate parsed = Dates.parse(field, text);
    if (dates.size() < LIMIT) {
      dates.put(text, parsed);
    }
    return parsed;
  }

  int size() {
    return codes.size() + dates.size();
  }
}
