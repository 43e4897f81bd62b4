package stockassistant.adapters.persistence.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DataKeyTest {

  @Test
  void readsBackWhatItWritesUnderTheSameId() {
    DataKey key = DataKey.generate();
    DataKey again = DataKey.fromBase64(key.toBase64(), "test");

    assertThat(again).isEqualTo(key);
    assertThat(again.id()).isEqualTo(key.id()).matches("[0-9a-f]{8}");
    assertThat(DataKey.generate().id()).isNotEqualTo(key.id());
  }

  @Test
  void printsItsIdOnly() {
    DataKey key = DataKey.generate();

    assertThat(key.toString()).isEqualTo("DataKey[" + key.id() + "]")
        .doesNotContain(key.toBase64().substring(0, 10));
  }

  @Test
  void refusesAKeyOfTheWrongShapeWithoutRepeatingIt() {
    assertThatThrownBy(() -> DataKey.fromBase64("hunter2-is-my-key!!", "STOCK_SECRET_KEY"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STOCK_SECRET_KEY")
        .hasMessageContaining("openssl rand -base64 32").hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> DataKey.fromBase64("c2hvcnQ=", "STOCK_SECRET_KEY"))
        .hasMessageContaining("decodes to 5 bytes").hasMessageNotContaining("c2hvcnQ");
  }
}
