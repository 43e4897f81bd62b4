package stockassistant.domain.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiKeyTest {

  @Test
  void showsAtMostTheLastFourCharacters() {
    var key = new ApiKey("sk-1234567890abcdef");
    assertThat(key.masked()).isEqualTo("sk-****cdef");
    assertThat(key.toString()).doesNotContain("1234567890");
  }

  @Test
  void hidesShortKeysEntirely() {
    assertThat(new ApiKey("abcd1234").masked()).isEqualTo("****");
  }

  @Test
  void aWithheldKeyKeepsItsMaskAndCannotBeRevealed() {
    var withheld = new ApiKey("sk-1234567890abcdef").withheld();

    assertThat(withheld.masked()).isEqualTo("sk-****cdef");
    assertThat(withheld.isHeld()).isFalse();
    assertThatThrownBy(withheld::reveal).isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("1234567890");
    assertThat(withheld).isEqualTo(new ApiKey("sk-1234567890abcdef").withheld())
        .isNotEqualTo(new ApiKey("sk-1234567890abcdef"));
  }

  @Test
  void anUnreadableKeyMasksEntirelyAndSaysWhyWhenRevealed() {
    var unreadable = ApiKey.unreadable("sealed under key 0a1b2c3d, which is not configured");

    assertThat(unreadable.masked()).isEqualTo("****");
    assertThatThrownBy(unreadable::reveal).isInstanceOf(ApiKeyUnreadable.class)
        .hasMessageContaining("0a1b2c3d");
    assertThat(unreadable.withheld()).isSameAs(unreadable);
  }
}
