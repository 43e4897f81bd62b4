package stockassistant.adapters.persistence.pool;

/** pgjdbc's TLS ({@code DB_SSLMODE}, {@code DB_SSLROOTCERT}); null leaves pgjdbc's default. */
public record DriverTls(String sslMode, String sslRootCert) {
  public static final DriverTls DEFAULTS = new DriverTls(null, null);
}
