package stockassistant.adapters.persistence.pool;

/**
 * Where the database is: a JDBC URL plus credentials kept apart from it, so the URL can be
 * printed and the password never is. How to use it (pool sizes, timeouts) is {@link PoolSettings}.
 */
public record DatabaseTarget(String jdbcUrl, String username, String password) {

  /** The URL with any password in it replaced by stars: safe to print. */
  public String maskedUrl() {
    return JdbcUrls.masked(jdbcUrl);
  }

  @Override
  public String toString() {
    return "DatabaseTarget[" + maskedUrl() + ", user=" + username + ", password=****]";
  }
}
