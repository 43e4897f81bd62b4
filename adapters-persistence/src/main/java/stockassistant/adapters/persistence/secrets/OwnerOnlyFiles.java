package stockassistant.adapters.persistence.secrets;

import static java.nio.file.attribute.PosixFilePermission.GROUP_WRITE;
import static java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE;
import static java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE;
import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_WRITE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Directories and secret files that only the service's own user may use: directories 0700,
 * secret files 0600, written whole or not at all. A directory others can write is refused rather
 * than repaired: whoever could write there may already have replaced a binary or a key.
 */
public final class OwnerOnlyFiles {
  private static final Logger log = LoggerFactory.getLogger(OwnerOnlyFiles.class);
  public static final Set<PosixFilePermission> DIRECTORY =
      EnumSet.of(OWNER_READ, OWNER_WRITE, OWNER_EXECUTE);
  public static final Set<PosixFilePermission> FILE = EnumSet.of(OWNER_READ, OWNER_WRITE);
  private static final SecureRandom RANDOM = new SecureRandom();

  private OwnerOnlyFiles() {}

  /**
   * Creates {@code dir} as 0700, or checks an existing one: refused when group or others can
   * write it, narrowed to 0700 when they can only read it. {@code name} says which directory
   * in the message (a setting such as STOCK_DATA_DIR).
   */
  public static Path secureDirectory(Path dir, String name) {
    try {
      if (!Files.exists(dir)) {
        Files.createDirectories(dir.toAbsolutePath().getParent());
        try {
          Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
        } catch (FileAlreadyExistsException createdMeanwhile) {
          // another process made it first: check it like any existing directory
        }
      }
      if (!Files.isDirectory(dir)) {
        throw new IllegalStateException(name + " " + dir + " is not a directory");
      }
      Set<PosixFilePermission> mode = Files.getPosixFilePermissions(dir);
      if (mode.contains(GROUP_WRITE) || mode.contains(OTHERS_WRITE)) {
        throw new IllegalStateException(name + " " + dir + " is writable by other users ("
            + PosixFilePermissions.toString(mode) + "); refusing to use it. Check nothing in it "
            + "was replaced, then chmod 700 " + dir);
      }
      if (!mode.equals(DIRECTORY)) {
        Files.setPosixFilePermissions(dir, DIRECTORY);
        log.info("Narrowed {} {} to owner-only (was {})", name, dir,
            PosixFilePermissions.toString(mode));
      }
      return dir;
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot prepare " + name + " " + dir, failure);
    }
  }

  /** The secret kept in {@code file}; generated there (0600) on first use. */
  public static String readOrCreateSecret(Path file) {
    if (!Files.exists(file)) {
      createSecretFile(file, randomSecret() + "\n");
    }
    return readSecret(file);
  }

  /**
   * Creates {@code file} with {@code content} unless it exists: written 0600 under a temporary
   * name, then hard-linked into place, so no reader ever sees it empty, half written or open to
   * others, and two processes racing keep the first one's. Returns whether this call created it.
   */
  public static boolean createSecretFile(Path file, String content) {
    try {
      Path temporary = ownerOnlyCopyBeside(file, content);
      try {
        Files.createLink(file, temporary);
        return true;
      } catch (FileAlreadyExistsException createdMeanwhile) {
        return false;
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot write " + file, failure);
    }
  }

  /** The first line of an owner-only file; a file others can read is refused, by name. */
  public static String readSecret(Path file) {
    requireOwnerOnly(file);
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      int newline = text.indexOf('\n');
      String secret = newline < 0 ? text : text.substring(0, newline).strip();
      if (secret.isEmpty()) {
        throw new IllegalStateException(file + " is empty; delete it to have a new secret generated");
      }
      return secret;
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot read " + file, failure);
    }
  }

  /** Replaces {@code file} atomically with {@code content}, owner-only from its first byte. */
  public static void writeSecretFile(Path file, String content) {
    try {
      Path temporary = ownerOnlyCopyBeside(file, content);
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot write " + file, failure);
    }
  }

  /**
   * {@code content} in a temporary file beside {@code file}, 0600 from creation and synced: the
   * caller links or moves it into place (same directory, so same file system) and deletes it.
   */
  private static Path ownerOnlyCopyBeside(Path file, String content) throws IOException {
    Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(),
        "." + file.getFileName(), ".tmp", PosixFilePermissions.asFileAttribute(FILE));
    try {
      Files.writeString(temporary, content, StandardCharsets.UTF_8, StandardOpenOption.SYNC);
      return temporary;
    } catch (IOException failure) {
      Files.deleteIfExists(temporary);
      throw failure;
    }
  }

  /** Refuses a secret file that group or others may read or write: its secret may be out. */
  public static void requireOwnerOnly(Path file) {
    try {
      Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
      if (!FILE.containsAll(mode)) {
        throw new IllegalStateException(file + " is open to other users ("
            + PosixFilePermissions.toString(mode) + "): chmod 600 " + file
            + ", and treat the secret in it as known to them");
      }
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot read the mode of " + file, failure);
    }
  }

  /** 32 random bytes as URL-safe base64: fits in a URL, a properties file and a pg password. */
  public static String randomSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
