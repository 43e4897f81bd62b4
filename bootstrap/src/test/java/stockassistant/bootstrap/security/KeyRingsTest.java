package stockassistant.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stockassistant.adapters.persistence.secrets.DataKey;
import stockassistant.adapters.persistence.secrets.KeyRingSource;

class KeyRingsTest {
  @TempDir
  Path temp;

  @Test
  void generatesAnOwnerOnlyKeyFileOnFirstUse() throws Exception {
    Path dataDir = temp.resolve("data");
    KeyRingSource source = KeyRings.forService(fileOnly(dataDir));

    Path file = dataDir.resolve(SecretKeySettings.KEY_FILE);
    assertThat(mode(file)).isEqualTo("rw-------");
    assertThat(mode(dataDir)).isEqualTo("rwx------");
    assertThat(source.keyRing().requireCurrent().id())
        .isEqualTo(new KeyFile(file).read().get(0).id());
  }

  @Test
  void followsTheKeyFileWhenAnotherProcessRotatesIt() {
    Path dataDir = temp.resolve("data");
    KeyRingSource source = KeyRings.forService(fileOnly(dataDir));
    DataKey first = source.keyRing().requireCurrent();
    DataKey next = DataKey.generate();

    new KeyFile(dataDir.resolve(SecretKeySettings.KEY_FILE)).write(List.of(next, first));

    assertThat(source.keyRing().requireCurrent()).isEqualTo(next);
    assertThat(source.keyRing().byId(first.id())).contains(first);
  }

  @Test
  void aConfiguredKeyIsCurrentAndTheKeyFileOnlyDecrypts() {
    Path dataDir = temp.resolve("data");
    DataKey fromFile = KeyRings.forService(fileOnly(dataDir)).keyRing().requireCurrent();
    DataKey configured = DataKey.generate();
    DataKey previous = DataKey.generate();

    var ring = KeyRings.forService(new SecretKeySettings(Optional.of(configured),
        List.of(previous), dataDir.resolve(SecretKeySettings.KEY_FILE))).keyRing();

    assertThat(ring.requireCurrent()).isEqualTo(configured);
    assertThat(ring.keys()).containsExactlyInAnyOrder(configured, previous, fromFile);
  }

  @Test
  void inspectionCreatesNothingAndAnEmptyRingSealsNothing() {
    Path dataDir = temp.resolve("data");

    var ring = KeyRings.forInspection(fileOnly(dataDir));

    assertThat(ring.current()).isEmpty();
    assertThat(dataDir).doesNotExist();
    assertThatThrownBy(ring::requireCurrent).hasMessageContaining("STOCK_SECRET_KEY");
  }

  @Test
  void refusesAKeyFileOtherUsersCanRead() throws Exception {
    Path dataDir = temp.resolve("data");
    KeyRings.forService(fileOnly(dataDir));
    Path file = dataDir.resolve(SecretKeySettings.KEY_FILE);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(() -> KeyRings.forService(fileOnly(dataDir)))
        .hasMessageContaining(file.toString()).hasMessageContaining("chmod 600");
  }

  private static SecretKeySettings fileOnly(Path dataDir) {
    return new SecretKeySettings(Optional.empty(), List.of(),
        dataDir.resolve(SecretKeySettings.KEY_FILE));
  }

  private static String mode(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
