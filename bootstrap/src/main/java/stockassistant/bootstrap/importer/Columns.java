package stockassistant.bootstrap.importer;

import java.util.ArrayList;
import java.util.List;

/** Tushare's column names mapped to ours: {@code ts_code} is our third_code. */
final class Columns {
  private Columns() {}

  static List<String> normalise(List<String> names) {
    var normalised = new ArrayList<String>(names.size());
    for (String name : names) {
      String trimmed = name.trim().replace("\uFEFF", "");
      normalised.add(trimmed.equals("ts_code") ? "third_code" : trimmed);
    }
    return normalised;
  }
}
