package stockassistant.adapters.persistence.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SealedValueTest {
  private static final String SECRET = "sk-live-0123456789abcdef";
  private final DataKey key = DataKey.generate();
  private final KeyRing ring = KeyRing.of(key, List.of());

  @Test
  void opensWhatItSealedAndStoresTheKeyIdBesideIt() throws Exception {
    String sealed = SealedValue.seal(SECRET, key, "row 1");

    assertThat(sealed).startsWith("enc:v1:" + key.id() + ":").doesNotContain(SECRET)
        .doesNotContain("0123456789");
    assertThat(SealedValue.keyIdOf(sealed)).isEqualTo(key.id());
    assertThat(SealedValue.open(sealed, ring, "row 1")).isEqualTo(SECRET);
  }

  @Test
  void sealsTheSameSecretDifferentlyEachTime() {
    assertThat(SealedValue.seal(SECRET, key, "row 1")).isNotEqualTo(SealedValue.seal(SECRET, key, "row 1"));
  }

  @Test
  void aValueMovedToAnotherRowDoesNotOpen() {
    String sealed = SealedValue.seal(SECRET, key, "row 1");

    assertThatThrownBy(() -> SealedValue.open(sealed, ring, "row 2"))
        .isInstanceOf(SealedValue.CannotOpen.class).hasMessageContaining("does not authenticate");
  }

  @Test
  void anAlteredCiphertextDoesNotOpen() {
    String sealed = SealedValue.seal(SECRET, key, "row 1");
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1));
    bytes[bytes.length - 1] ^= 1;
    String altered = sealed.substring(0, sealed.lastIndexOf(':') + 1)
        + Base64.getEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> SealedValue.open(altered, ring, "row 1"))
        .isInstanceOf(SealedValue.CannotOpen.class).hasMessageNotContaining(SECRET);
  }

  @Test
  void aValueUnderAKeyNotHeldNamesThatKey() throws Exception {
    DataKey other = DataKey.generate();
    String sealed = SealedValue.seal(SECRET, other, "row 1");

    assertThatThrownBy(() -> SealedValue.open(sealed, ring, "row 1"))
        .isInstanceOf(SealedValue.CannotOpen.class).hasMessageContaining(other.id())
        .hasMessageContaining(key.id());
    assertThat(SealedValue.open(sealed, KeyRing.of(key, List.of(other)), "row 1")).isEqualTo(SECRET);
  }

  @Test
  void clearTextIsNotTakenForASealedValue() {
    assertThat(SealedValue.isSealed(SECRET)).isFalse();
    assertThat(SealedValue.keyIdOf(SECRET)).isNull();
  }
}
