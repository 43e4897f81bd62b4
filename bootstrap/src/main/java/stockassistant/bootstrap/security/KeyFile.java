package stockassistant.bootstrap.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import stockassistant.adapters.persistence.secrets.DataKey;
import stockassistant.adapters.persistence.secrets.OwnerOnlyFiles;

/**
 * The generated data keys, one base64 key a line in an owner-only file (0600, in a 0700
 * STOCK_DATA_DIR): the first line is the current key, any others only decrypt. Replaced whole
 * and atomically, so a crash mid-rotation leaves the old file or the new one, never half of one.
 */
public final class KeyFile {
  private static final String HEADER = "# stock-assistant data keys (AES-256, base64): the first "
      + "is current, the others only decrypt.\n# Losing this file loses every LLM API key sealed "
      + "under them; back it up apart from the database.\n";

  private final Path file;

  public KeyFile(Path file) {
    this.file = file;
  }

  public Path path() {
    return file;
  }

  public boolean exists() {
    return Files.exists(file);
  }

  /** The keys, current first; empty when the file does not exist. */
  public List<DataKey> read() {
    if (!exists()) {
      return List.of();
    }
    OwnerOnlyFiles.requireOwnerOnly(file);
    try {
      var keys = new ArrayList<DataKey>();
      int number = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        number++;
        String text = line.strip();
        if (!text.isEmpty() && !text.startsWith("#")) {
          keys.add(DataKey.fromBase64(text, file + " line " + number));
        }
      }
      return keys;
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot read " + file, failure);
    }
  }

  /** The keys, generating the file with one new key when it does not exist yet. */
  public List<DataKey> readOrCreate() {
    if (!exists()) {
      prepareDirectory();
      OwnerOnlyFiles.createSecretFile(file, format(List.of(DataKey.generate())));
    }
    return read();
  }

  public void write(List<DataKey> keys) {
    prepareDirectory();
    OwnerOnlyFiles.writeSecretFile(file, format(keys));
  }

  private void prepareDirectory() {
    OwnerOnlyFiles.secureDirectory(file.toAbsolutePath().getParent(), "STOCK_DATA_DIR");
  }

  private static String format(List<DataKey> keys) {
    var text = new StringBuilder(HEADER);
    keys.forEach(key -> text.append(key.toBase64()).append('\n'));
    return text.toString();
  }
}
