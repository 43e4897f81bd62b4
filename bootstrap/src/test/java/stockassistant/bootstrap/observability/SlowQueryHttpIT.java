package stockassistant.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.HttpProbe;

/** A query held past statement_timeout answers 504, and its connection is fine afterwards. */
class SlowQueryHttpIT {
  @Test
  void aQueryBlockedPastTheStatementTimeoutIs504AndThePoolStaysHealthy() throws Exception {
    try (Service service = Service.start(TestConfigs.onTestDatabase(
        Map.of("DB_STATEMENT_TIMEOUT_MS", "700", "DB_SOCKET_TIMEOUT_MS", "5000")))) {
      int port = service.port();
      HttpResponse<String> slow;
      // another session holds a lock the read must wait for: a slow query without pg_sleep
      try (Connection blocker = TestDatabase.connect(); Statement statement = blocker.createStatement()) {
        blocker.setAutoCommit(false);
        statement.execute("LOCK TABLE stock_daily IN ACCESS EXCLUSIVE MODE");
        slow = HttpProbe.get(port, "/api/v1/quotes/daily/000001.SZ");
        blocker.rollback();
      }

      assertThat(slow.statusCode()).as(slow.body()).isEqualTo(504);
      assertThat(slow.body()).contains("statement timeout").doesNotContain("LOCK").doesNotContain("SELECT");
      for (int i = 0; i < 12; i++) {
        assertThat(HttpProbe.get(port, "/api/v1/quotes/daily/000001.SZ").statusCode()).isEqualTo(200);
      }
      var pool = service.injector().getInstance(Persistence.class).pool().stats();
      assertThat(pool.getActiveConnections()).isZero();
    }
  }
}
