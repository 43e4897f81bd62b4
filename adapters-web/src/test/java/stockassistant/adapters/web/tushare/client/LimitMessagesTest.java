package stockassistant.adapters.web.tushare.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import stockassistant.domain.sync.FeedStopped;

class LimitMessagesTest {
  @Test
  void readsTheAllowanceOfThePerMinuteLimit() {
    assertThat(LimitMessages.perMinute("抱歉，您每分钟最多访问该接口200次，权限的具体详情访问："
        + "https://tushare.pro/document/1?doc_id=108。")).hasValue(200);
    assertThat(LimitMessages.perMinute("抱歉，您每分钟最多访问该接口 50 次")).hasValue(50);
    assertThat(LimitMessages.perMinute("抱歉，您每天最多访问该接口5000次")).isEmpty();
  }

  @Test
  void tellsTheDailyLimitPermissionAndTokenApart() {
    assertThat(LimitMessages.stopReason("抱歉，您每天最多访问该接口5000次"))
        .isEqualTo(FeedStopped.Reason.DAILY_LIMIT);
    assertThat(LimitMessages.stopReason("抱歉，您没有访问该接口的权限，权限的具体详情访问"))
        .isEqualTo(FeedStopped.Reason.NO_PERMISSION);
    assertThat(LimitMessages.stopReason("您的token不对，请确认。"))
        .isEqualTo(FeedStopped.Reason.BAD_TOKEN);
    assertThat(LimitMessages.stopReason("token: missing or wrong"))
        .isEqualTo(FeedStopped.Reason.BAD_TOKEN);
    assertThat(LimitMessages.stopReason("系统内部错误")).isEqualTo(FeedStopped.Reason.REFUSED);
  }
}
