package stockassistant.adapters.web.tushare.client;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stockassistant.domain.sync.FeedStopped;

/**
 * What a non-zero answer means. Tushare answers its limits with HTTP 200, a non-zero code and a
 * Chinese message, so the message is what tells them apart:
 * "抱歉，您每分钟最多访问该接口200次" (wait out the minute, slow down to 200),
 * "抱歉，您每天最多访问该接口N次" (done for today), "抱歉，您没有访问该接口的权限" (not this
 * token), and anything about the token.
 */
final class LimitMessages {
  private static final Pattern PER_MINUTE = Pattern.compile("每分钟最多访问该接口\\s*(\\d+)\\s*次");
  private static final Pattern PER_DAY = Pattern.compile("每天最多访问该接口");
  private static final Pattern NO_PERMISSION = Pattern.compile("没有(访问)?该?接口(的)?(访问)?权限|权限不足");

  private LimitMessages() {}

  /** The per-minute allowance the message names, when it is the per-minute limit. */
  static OptionalInt perMinute(String message) {
    Matcher matcher = PER_MINUTE.matcher(message == null ? "" : message);
    return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
  }

  /** Why a refusal that is not the per-minute limit stops the run. */
  static FeedStopped.Reason stopReason(String message) {
    String text = message == null ? "" : message;
    if (PER_DAY.matcher(text).find()) {
      return FeedStopped.Reason.DAILY_LIMIT;
    }
    if (NO_PERMISSION.matcher(text).find()) {
      return FeedStopped.Reason.NO_PERMISSION;
    }
    if (text.toLowerCase(Locale.ROOT).contains("token")) {
      return FeedStopped.Reason.BAD_TOKEN;
    }
    return FeedStopped.Reason.REFUSED;
  }
}
