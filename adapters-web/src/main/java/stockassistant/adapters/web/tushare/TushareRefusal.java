package stockassistant.adapters.web.tushare;

/**
 * A request the protocol refuses with its own code (a wrong token, an unknown api_name), answered
 * as Tushare answers failures: HTTP 200, that code, the reason in {@code msg}, no data.
 */
final class TushareRefusal extends RuntimeException {
  /** A malformed body or parameter; the message names it. */
  static final int BAD_PARAMETER = 40001;
  static final int UNKNOWN_API = 40002;
  static final int BAD_TOKEN = 40101;
  static final int TOO_LARGE = 41300;
  static final int UNEXPECTED = 50000;
  static final int DATABASE_UNAVAILABLE = 50301;
  static final int TIMED_OUT = 50401;
  static final int DISK_FULL = 50701;

  private final int code;

  TushareRefusal(int code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  int code() {
    return code;
  }
}
