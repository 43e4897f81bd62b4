package stockassistant.domain.sync;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What the sync fetches for one trade day, each from one upstream api. */
public enum Dataset {
  /** Prices: the rows that make a day's bars; the other datasets add columns to them. */
  DAILY("daily"),
  /** Valuation and shares; published later in the evening than the prices. */
  DAILY_BASIC("daily_basic"),
  /** The adjustment factor; published later in the evening than the prices. */
  ADJ_FACTOR("adj_factor"),
  /** Who was suspended that day. */
  SUSPENSIONS("suspend_d");

  /** The datasets that may arrive late and are fetched again until they cover the day. */
  public static final Set<Dataset> LATE = EnumSet.of(DAILY_BASIC, ADJ_FACTOR);

  private final String api;

  Dataset(String api) {
    this.api = api;
  }

  public String api() {
    return api;
  }

  /** "daily_basic,adj_factor" and back; the empty text is the empty set. */
  public static String names(Set<Dataset> datasets) {
    return datasets.stream().map(Dataset::api).collect(Collectors.joining(","));
  }

  public static Set<Dataset> parse(String names) {
    Set<Dataset> parsed = EnumSet.noneOf(Dataset.class);
    if (names == null || names.isBlank()) {
      return parsed;
    }
    for (String name : names.split(",")) {
      parsed.add(Arrays.stream(values()).filter(d -> d.api.equals(name.strip())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown dataset " + name)));
    }
    return parsed;
  }
}
