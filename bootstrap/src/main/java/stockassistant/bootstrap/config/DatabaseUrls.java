package stockassistant.bootstrap.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.JdbcUrls;

/** The forms a user may give the database in: DATABASE_URL in its several schemes, or the seed's parts. */
public final class DatabaseUrls {
  private DatabaseUrls() {}

  /** Empty when nothing is configured: the embedded default. */
  public static Optional<DatabaseTarget> from(Settings settings) {
    Optional<String> url = settings.text("DATABASE_URL");
    if (url.isPresent()) {
      return Optional.of(parse(url.get(), settings.text("POSTGRES_USER").orElse(null),
          settings.text("POSTGRES_PASSWORD").orElse(null)));
    }
    if (settings.text("POSTGRES_SERVER").isEmpty()) {
      return Optional.empty();
    }
    String host = settings.text("POSTGRES_SERVER").get();
    int port = settings.integer("POSTGRES_PORT", 5432);
    String database = settings.text("POSTGRES_DB", "stock_assistant");
    return Optional.of(new DatabaseTarget(
        "jdbc:postgresql://" + hostPart(host) + ":" + port + "/" + database,
        settings.text("POSTGRES_USER", "postgres"), settings.text("POSTGRES_PASSWORD", "")));
  }

  /**
   * Accepts {@code jdbc:postgresql://host:port/db?user=..&password=..},
   * {@code postgresql://user:pass@host:port/db?sslmode=..}, {@code postgres://...} and the seed's
   * SQLAlchemy form {@code postgresql+asyncpg://...}. Credentials in the URL win over the
   * separate user/password settings.
   */
  public static DatabaseTarget parse(String url, String fallbackUser, String fallbackPassword) {
    return parse("DATABASE_URL", url, fallbackUser, fallbackPassword);
  }

  /** As {@link #parse(String, String, String)}, for the setting {@code name} (named in errors). */
  public static DatabaseTarget parse(String name, String url, String fallbackUser,
      String fallbackPassword) {
    String trimmed = url.trim();
    if (trimmed.startsWith("jdbc:postgresql:")) {
      return new DatabaseTarget(trimmed, fallbackUser, fallbackPassword);
    }
    String scheme = trimmed.contains("://") ? trimmed.substring(0, trimmed.indexOf("://")) : "";
    if (!scheme.equals("postgresql") && !scheme.equals("postgres")
        && !scheme.startsWith("postgresql+")) {
      throw new IllegalArgumentException(name + " must start with jdbc:postgresql://, "
          + "postgresql:// or postgres:// (got " + (scheme.isEmpty() ? "no scheme" : scheme + "://") + ")");
    }
    String authority = trimmed.substring(scheme.length() + 3).split("[/?]", 2)[0];
    if (authority.contains(",")) {
      throw new IllegalArgumentException(name + " names several hosts: write them in pgjdbc's "
          + "form, jdbc:postgresql://host1:5432,host2:5432/db (with POSTGRES_USER and "
          + "POSTGRES_PASSWORD): " + JdbcUrls.masked(trimmed));
    }
    URI uri;
    try {
      uri = URI.create("postgresql" + trimmed.substring(scheme.length()));
    } catch (IllegalArgumentException malformed) {
      throw new IllegalArgumentException(name + " is not a valid URL: " + JdbcUrls.masked(trimmed));
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(name + " has no host: " + JdbcUrls.masked(trimmed));
    }
    String user = fallbackUser;
    String password = fallbackPassword;
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      password = colon < 0 ? fallbackPassword : decode(userInfo.substring(colon + 1));
    }
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/postgres" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new DatabaseTarget("jdbc:postgresql://" + hostPart(uri.getHost()) + ":" + port + path + query,
        user, password);
  }

  private static String hostPart(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }
}
