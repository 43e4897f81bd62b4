package stockassistant.bootstrap.config;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.pool.PoolSettings;

/**
 * The README's settings table and the code agree on every pool and driver knob: the default the
 * service runs with, and the floor it refuses to go below ("at least N"; "0 = off" where zero
 * switches the knob off). Change a default or a floor on one side only and this fails.
 */
class PoolSettingsReadmeTest {
  private static final Path README = Path.of(System.getProperty("user.dir"), "..", "README.md");
  private static final Pattern KNOB = Pattern.compile("`(DB_[A-Z_]+)`");
  private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");
  private static final Pattern FLOOR = Pattern.compile("(?i)at least (\\d+)");

  /** Every knob of {@link PoolSettings}, and where its value ends up. */
  private static final Map<String, Function<PoolSettings, Object>> KNOBS = Map.ofEntries(
      entry("DB_POOL_MAX_SIZE", pool -> pool.sizing().maximumPoolSize()),
      entry("DB_POOL_MIN_IDLE", pool -> pool.sizing().minimumIdle()),
      entry("DB_IDLE_TIMEOUT_MS", pool -> pool.sizing().idleTimeout().toMillis()),
      entry("DB_MAX_LIFETIME_MS", pool -> pool.sizing().maxLifetime().toMillis()),
      entry("DB_KEEPALIVE_MS", pool -> pool.sizing().keepaliveTime().toMillis()),
      entry("DB_LEAK_DETECTION_MS", pool -> pool.sizing().leakDetectionThreshold().toMillis()),
      entry("DB_CONNECTION_TIMEOUT_MS", pool -> pool.timeouts().connectionTimeout().toMillis()),
      entry("DB_VALIDATION_TIMEOUT_MS", pool -> pool.timeouts().validationTimeout().toMillis()),
      entry("DB_CONNECT_TIMEOUT_MS", pool -> pool.timeouts().connectTimeout().toMillis()),
      entry("DB_SOCKET_TIMEOUT_MS", pool -> pool.timeouts().socketTimeout().toMillis()),
      entry("DB_STATEMENT_TIMEOUT_MS", pool -> pool.timeouts().statementTimeout().toMillis()),
      entry("DB_SSLMODE", pool -> pool.tls().sslMode()),
      entry("DB_SSLROOTCERT", pool -> pool.tls().sslRootCert()),
      entry("DB_POOLER", pool -> pool.session().pooler().setting()),
      entry("DB_PREPARE_THRESHOLD", pool -> pool.session().prepareThreshold()),
      entry("DB_APPLICATION_NAME", pool -> pool.session().applicationName()));

  /** One row of the table, for one knob. */
  private record Row(String knob, String defaultValue, String why) {
    boolean numeric() {
      return defaultValue != null && defaultValue.matches("\\d+");
    }
  }

  private static Map<String, Row> rows;

  @BeforeAll
  static void readTheTable() throws IOException {
    rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(README)) {
      String[] cells = line.split("\\|");
      if (!line.startsWith("| `") || cells.length < 4) {
        continue;
      }
      List<String> knobs = all(KNOB, cells[1]);
      List<String> defaults = cells[2].trim().startsWith("unset") ? List.of() : all(QUOTED, cells[2]);
      for (int i = 0; i < knobs.size(); i++) {
        // one knob: its default is the first value; several: one value each, in order
        String value = defaults.isEmpty() ? null : defaults.get(knobs.size() == 1 ? 0 : i);
        rows.put(knobs.get(i), new Row(knobs.get(i), value, cells[3]));
      }
    }
  }

  @Test
  void everyKnobOfThePoolSettingsHasARow() {
    int components = Arrays.stream(PoolSettings.class.getRecordComponents())
        .mapToInt(group -> group.getType().getRecordComponents().length).sum();
    assertThat(KNOBS).as("a knob per component of the pool settings' records").hasSize(components);
    assertThat(rows).containsKeys(KNOBS.keySet().toArray(String[]::new));
  }

  @Test
  void theReadmeDefaultIsTheNamedDefaultTheServiceRunsWith() {
    PoolSettings running = AppConfig.from(new Settings(Map.of())).pool();

    assertThat(running).isEqualTo(PoolSettings.defaults());
    KNOBS.forEach((knob, value) -> assertThat(String.valueOf(value.apply(running)))
        .as(knob).isEqualTo(String.valueOf(rows.get(knob).defaultValue())));
  }

  @Test
  void theFloorTheReadmeStatesIsTheOneEnforced() {
    var floors = new ArrayList<String>();
    for (String knob : KNOBS.keySet()) {
      Row row = rows.get(knob);
      if (!row.numeric()) {
        continue;
      }
      Matcher floor = FLOOR.matcher(row.why());
      if (floor.find()) {
        long least = Long.parseLong(floor.group(1));
        floors.add(knob);
        assertThat(catchThrowable(() -> with(knob, least - 1))).as(knob + " below " + least)
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(knob);
        assertThat(String.valueOf(KNOBS.get(knob).apply(with(knob, least)))).as(knob)
            .isEqualTo(String.valueOf(least));
      }
      if (!floor.find(0) || row.why().contains("0 = off")) {
        // no floor stated, or zero switches it off: zero must be taken
        assertThat(String.valueOf(KNOBS.get(knob).apply(with(knob, 0)))).as(knob).isEqualTo("0");
      }
    }
    assertThat(floors).as("knobs whose README row states a floor").containsExactlyInAnyOrder(
        "DB_POOL_MAX_SIZE", "DB_POOL_MIN_IDLE", "DB_IDLE_TIMEOUT_MS", "DB_MAX_LIFETIME_MS",
        "DB_KEEPALIVE_MS", "DB_LEAK_DETECTION_MS", "DB_CONNECTION_TIMEOUT_MS",
        "DB_VALIDATION_TIMEOUT_MS");
  }

  /** The defaults with one knob set (and no warm connections, so a pool of one is allowed). */
  private static PoolSettings with(String knob, long value) {
    var settings = new LinkedHashMap<String, String>(Map.of("DB_POOL_MIN_IDLE", "0"));
    settings.put(knob, String.valueOf(value));
    return AppConfig.from(new Settings(settings)).pool();
  }

  private static List<String> all(Pattern pattern, String text) {
    var found = new ArrayList<String>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
