package stockassistant.domain.llm;

import static org.assertj.core.api.Assertions.assertThat;

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
}
