package stockassistant.bootstrap.config;

import io.github.cdimascio.dotenv.Dotenv;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where settings come from, weakest first: a properties file given with {@code --config} (keys
 * lower-dotted, {@code db.pool.max.size}), a {@code .env} file in the working directory, the
 * environment. The environment wins. Keys are returned in environment form
 * ({@code DB_POOL_MAX_SIZE}).
 */
public final class SettingSources {
  private SettingSources() {}

  public static Settings load(Path propertiesFile, Path workingDirectory,
      Map<String, String> environment) {
    var merged = new HashMap<String, String>();
    if (propertiesFile != null) {
      merged.putAll(fromProperties(propertiesFile));
    }
    merged.putAll(fromDotEnv(workingDirectory));
    merged.putAll(environment);
    return new Settings(merged);
  }

  public static Settings fromProcess(Path propertiesFile) {
    return load(propertiesFile, Path.of("").toAbsolutePath(), System.getenv());
  }

  static Map<String, String> fromProperties(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("the --config file " + file + " does not exist");
    }
    var properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot read " + file, failure);
    }
    var values = new HashMap<String, String>();
    properties.stringPropertyNames().forEach(
        name -> values.put(environmentKey(name), properties.getProperty(name).trim()));
    return values;
  }

  static Map<String, String> fromDotEnv(Path directory) {
    var values = new HashMap<String, String>();
    Dotenv.configure().directory(directory.toString()).ignoreIfMissing().load()
        .entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)
        .forEach(entry -> values.put(entry.getKey(), entry.getValue()));
    return values;
  }

  /** {@code db.pool.max.size} and {@code db_pool_max_size} both become DB_POOL_MAX_SIZE. */
  static String environmentKey(String propertyKey) {
    return propertyKey.trim().replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
  }
}
