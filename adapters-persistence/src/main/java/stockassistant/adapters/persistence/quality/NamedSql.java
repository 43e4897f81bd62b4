package stockassistant.adapters.persistence.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement with {@code :name} parameters turned into JDBC's {@code ?} and the order of the
 * names to bind. {@code ::type} casts are left alone.
 */
record NamedSql(String jdbc, List<String> names) {
  private static final Pattern NAME = Pattern.compile("(?<![:\\w]):([a-z]+)");

  static NamedSql parse(String sql) {
    var names = new ArrayList<String>();
    Matcher matcher = NAME.matcher(sql);
    var jdbc = new StringBuilder();
    while (matcher.find()) {
      names.add(matcher.group(1));
      matcher.appendReplacement(jdbc, "?");
    }
    matcher.appendTail(jdbc);
    return new NamedSql(jdbc.toString(), List.copyOf(names));
  }
}
