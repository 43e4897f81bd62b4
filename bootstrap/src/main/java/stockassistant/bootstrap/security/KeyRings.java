package stockassistant.bootstrap.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import stockassistant.adapters.persistence.secrets.DataKey;
import stockassistant.adapters.persistence.secrets.KeyRing;
import stockassistant.adapters.persistence.secrets.KeyRingSource;

/**
 * The data keys of this process, from {@link SecretKeySettings}. With STOCK_SECRET_KEY set, it is
 * the current key, and STOCK_SECRET_KEY_PREVIOUS plus any key file only decrypt (so switching
 * from the generated file to STOCK_SECRET_KEY loses nothing). Without it, the key file is the
 * ring, re-read whenever it changes, so a running service follows {@code secrets rotate}.
 */
public final class KeyRings {
  private KeyRings() {}

  /** For serve and the commands that write: generates the key file on first use. */
  public static KeyRingSource forService(SecretKeySettings settings) {
    var file = new KeyFile(settings.keyFile());
    if (settings.configured().isPresent()) {
      return KeyRingSource.fixed(fromSettings(settings, file.read()));
    }
    file.readOrCreate();
    return new FollowedKeyFile(file, settings.previous());
  }

  /** For doctor: the keys as they are, creating nothing (a lost key file stays lost). */
  public static KeyRing forInspection(SecretKeySettings settings) {
    return fromSettings(settings, new KeyFile(settings.keyFile()).read());
  }

  private static KeyRing fromSettings(SecretKeySettings settings, List<DataKey> fileKeys) {
    var older = new ArrayList<>(settings.previous());
    if (settings.configured().isPresent()) {
      older.addAll(fileKeys);
      return KeyRing.of(settings.configured().get(), older);
    }
    if (fileKeys.isEmpty()) {
      return KeyRing.of(null, older);
    }
    older.addAll(0, fileKeys.subList(1, fileKeys.size()));
    return KeyRing.of(fileKeys.get(0), older);
  }

  /** The key file, re-read when its inode, size or time changes (one stat per use). */
  private static final class FollowedKeyFile implements KeyRingSource {
    private final KeyFile file;
    private final List<DataKey> previous;
    private Object version;
    private KeyRing ring;

    FollowedKeyFile(KeyFile file, List<DataKey> previous) {
      this.file = file;
      this.previous = previous;
    }

    @Override
    public synchronized KeyRing keyRing() {
      Object now = versionOf();
      if (ring == null || now != null && !now.equals(version)) {
        List<DataKey> keys = file.read();
        if (!keys.isEmpty() || ring == null) {
          var older = new ArrayList<>(keys.isEmpty() ? List.<DataKey>of() : keys.subList(1, keys.size()));
          older.addAll(previous);
          ring = KeyRing.of(keys.isEmpty() ? null : keys.get(0), older);
          version = now;
        }
      }
      return ring;
    }

    /** Null when the file is gone: the keys already read stay in use. */
    private Object versionOf() {
      try {
        var attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
        return List.of(Objects.requireNonNullElse(attributes.fileKey(), ""),
            attributes.lastModifiedTime(), attributes.size());
      } catch (IOException gone) {
        return null;
      }
    }
  }
}
