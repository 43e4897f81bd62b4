package stockassistant.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Flyway migrations this build ships, read from the classpath, so tests that print "N
 * migration(s) applied" do not break each time a migration is added.
 */
public final class ShippedMigrations {
  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

  private ShippedMigrations() {}

  /** How many versioned migrations there are. */
  public static int count() {
    try (Stream<Integer> versions = versions()) {
      return (int) versions.count();
    }
  }

  /** The newest version: the schema version after `migrate`. */
  public static int latest() {
    try (Stream<Integer> versions = versions()) {
      return versions.mapToInt(Integer::intValue).max().orElseThrow();
    }
  }

  private static Stream<Integer> versions() {
    URL location = ShippedMigrations.class.getClassLoader().getResource("db/migration");
    if (location == null) {
      throw new IllegalStateException("db/migration is not on the test classpath");
    }
    try {
      if ("jar".equals(location.getProtocol())) {
        FileSystem jar = FileSystems.newFileSystem(location.toURI(), Map.of());
        return versionsIn(jar.getPath("db/migration")).onClose(() -> closeQuietly(jar));
      }
      return versionsIn(Path.of(location.toURI()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Stream<Integer> versionsIn(Path directory) throws IOException {
    return Files.list(directory)
        .map(file -> VERSIONED.matcher(file.getFileName().toString()))
        .filter(Matcher::matches)
        .map(matcher -> Integer.parseInt(matcher.group(1)));
  }

  private static void closeQuietly(FileSystem jar) {
    try {
      jar.close();
    } catch (IOException ignored) {
      // read-only view of a jar: nothing to lose
    }
  }
}
