package stockassistant.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebSettingsTest {

  @Test
  void refusesANonLoopbackHostWithoutAToken() {
    assertThatThrownBy(() -> new WebSettings("0.0.0.0", 7070, null, 64))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STOCK_API_TOKEN");
  }

  @Test
  void acceptsLoopbackWithoutATokenAndAnyHostWithOne() {
    assertThat(new WebSettings("127.0.0.1", 7070, null, 64).apiToken()).isNull();
    assertThat(new WebSettings("localhost", 7070, "", 64).apiToken()).as("blank: none").isNull();
    assertThat(new WebSettings("0.0.0.0", 7070, "s3cret", 64).apiToken()).isEqualTo("s3cret");
  }

  @Test
  void readsNeedTheTokenByDefaultOnlyOffLoopback() {
    assertThat(new WebSettings("127.0.0.1", 7070, "s3cret", 64).readsNeedToken()).isFalse();
    assertThat(new WebSettings("0.0.0.0", 7070, "s3cret", 64).readsNeedToken()).isTrue();
    assertThat(new WebSettings("0.0.0.0", 7070, "s3cret", 64, false).readsNeedToken()).isFalse();
    assertThat(new WebSettings("127.0.0.1", 7070, "s3cret", 64, true).readsNeedToken()).isTrue();
  }

  @Test
  void refusesTokenOnReadsWithoutAToken() {
    assertThatThrownBy(() -> new WebSettings("127.0.0.1", 7070, null, 64, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HTTP_READS_NEED_TOKEN").hasMessageContaining("STOCK_API_TOKEN");
  }

  @Test
  void neverPrintsTheToken() {
    assertThat(new WebSettings("0.0.0.0", 7070, "s3cret", 64).toString()).doesNotContain("s3cret");
  }
}
