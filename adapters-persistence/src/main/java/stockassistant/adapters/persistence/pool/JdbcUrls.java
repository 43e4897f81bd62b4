package stockassistant.adapters.persistence.pool;

import java.util.regex.Pattern;

/** Hides credentials that a JDBC URL may carry, so a URL can be printed. */
public final class JdbcUrls {
  private static final Pattern PASSWORD_PARAM =
      Pattern.compile("(?i)([?&](password|sslpassword)=)[^&]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]*:)[^/@]*@");

  private JdbcUrls() {}

  public static String masked(String url) {
    if (url == null) {
      return null;
    }
    String result = PASSWORD_PARAM.matcher(url).replaceAll("$1****");
    return USER_INFO.matcher(result).replaceAll("$1****@");
  }
}
