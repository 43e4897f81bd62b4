package stockassistant.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.config.Settings;

class DatabaseRuntimeTest {
  @TempDir
  Path temp;

  @Test
  void refusesADataDirectoryOtherUsersCanWriteAndSaysWhich() throws Exception {
    Path dataDir = Files.createDirectory(temp.resolve("shared"));
    Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxrwxrwx"));

    assertThatThrownBy(() -> DatabaseRuntime.start(AppConfig.from(
            new Settings(Map.of("STOCK_DATA_DIR", dataDir.toString())))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("STOCK_DATA_DIR")
        .hasMessageContaining(dataDir.toString()).hasMessageContaining("writable by other users");
  }
}
