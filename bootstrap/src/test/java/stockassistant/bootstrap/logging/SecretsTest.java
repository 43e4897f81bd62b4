package stockassistant.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

  @Test
  void masksPasswordsInEveryConnectionStringForm() {
    assertThat(Secrets.mask("postgresql://quant:hunter2@db:5432/x")).isEqualTo("postgresql://quant:****@db:5432/x");
    assertThat(Secrets.mask("jdbc:postgresql://db/x?user=u&password=hunter2&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/x?user=u&password=****&ssl=true");
    assertThat(Secrets.mask("POSTGRES_PASSWORD=hunter2")).doesNotContain("hunter2");
  }

  @Test
  void masksTokensAndApiKeys() {
    assertThat(Secrets.mask("Authorization: Bearer abc.DEF-123")).isEqualTo("Authorization: Bearer ****");
    assertThat(Secrets.mask("{\"api_key\":\"sk-live-0123456789abcdef\"}")).doesNotContain("0123456789");
    assertThat(Secrets.mask("key sk-abcdef123456 leaked")).isEqualTo("key sk-**** leaked");
  }

  @Test
  void leavesOrdinaryTextAlone() {
    assertThat(Secrets.mask("GET /api/v1/stocks 200 3 ms")).isEqualTo("GET /api/v1/stocks 200 3 ms");
  }

  @Test
  void theQuickCheckSkipsOnlyLinesNoRuleCanMatch() {
    assertThat(Secrets.mayHoldSecret("GET /api/v1/quotes/daily/000001.SZ 200 1.2 ms")).isFalse();
    // each rule's trigger alone, without any '=', ':' or '@' beside it
    assertThat(Secrets.mask("sent bearer abc.DEF-123 upstream")).isEqualTo("sent bearer **** upstream");
    assertThat(Secrets.mask("sent BeArEr abc")).isEqualTo("sent BeArEr ****");
    assertThat(Secrets.mask("GET /x/sk-abcdef123456 404")).isEqualTo("GET /x/sk-**** 404");
    assertThat(Secrets.mask("GET /x/password=hunter2 404")).doesNotContain("hunter2");
    assertThat(Secrets.mask("GET /x/token:hunter2 404")).doesNotContain("hunter2");
    assertThat(Secrets.mask("//quant:hunter2@db")).doesNotContain("hunter2");
  }
}
