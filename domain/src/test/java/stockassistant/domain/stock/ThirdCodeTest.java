package stockassistant.domain.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import stockassistant.domain.InvalidField;

class ThirdCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"000001.SZ", "600000.SH", "430047.BJ"})
  void acceptsSixDigitsAndAnExchange(String value) {
    assertThat(ThirdCode.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "600000", "600000.sh", "60000.SH", "6000000.SH", "600000.HK",
      " 600000.SH", "600000.SH ", "600000-SH", "00000A.SZ",
      "600000.SHX", "600000.S", "600000.SX", "\uFF16" + "00000.SH", "600000.\u0053H."})
  void rejectsEverythingElseNamingTheField(String value) {
    assertThatThrownBy(() -> ThirdCode.of(value))
        .isInstanceOf(InvalidField.class)
        .extracting(e -> ((InvalidField) e).field())
        .isEqualTo("third_code");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> ThirdCode.of(null)).isInstanceOf(InvalidField.class);
  }

  @Test
  void derivesSymbolAndExchange() {
    var code = ThirdCode.of("430047.BJ");
    assertThat(code.symbol()).isEqualTo("430047");
    assertThat(code.suffix()).isEqualTo("BJ");
  }
}
