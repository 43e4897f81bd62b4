package stockassistant.adapters.persistence.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import stockassistant.domain.backup.BackupProgress;
import stockassistant.domain.backup.BackupRefused;

/** Checks a backup's files against its manifest; every refusal names the file. */
final class FileChecks {
  private static final int BUFFER = 1 << 16;

  private FileChecks() {}

  /** Every file there, of its recorded size and SHA-256: what a restore checks first. */
  static void checksums(Path backup, Manifest manifest, BackupProgress progress) {
    progress.begin("check", manifest.bytes());
    for (Manifest.Table table : manifest.tables()) {
      Path file = present(backup, table);
      MessageDigest digest = Sha256.digest();
      try (InputStream in = new DigestInputStream(
          Channels.newInputStream(FileChannel.open(file, StandardOpenOption.READ)), digest)) {
        byte[] buffer = new byte[BUFFER];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          progress.advance(read);
        }
      } catch (IOException unreadable) {
        throw new BackupRefused(file.toString(), "unreadable (" + unreadable.getMessage() + ")");
      }
      sameHash(file, table, Sha256.hex(digest));
    }
    progress.end();
  }

  /**
   * The checksums, and every file decompressed and walked as a COPY stream whose row count and
   * width match the manifest: what {@code backup --verify} does.
   */
  static void deeply(Path backup, Manifest manifest, BackupProgress progress) {
    progress.begin("verify", manifest.bytes());
    for (Manifest.Table table : manifest.tables()) {
      Path file = present(backup, table);
      MessageDigest digest = Sha256.digest();
      long rows;
      try (InputStream copy = CompressedFiles.reader(file, digest, progress::advance)) {
        rows = BinaryCopyCheck.rows(copy, table.columns().size());
      } catch (IllegalStateException damaged) {
        sameHashOrDamaged(file, table);
        throw new BackupRefused(file.toString(), "damaged: " + damaged.getMessage());
      } catch (IOException damaged) {
        sameHashOrDamaged(file, table);
        throw new BackupRefused(file.toString(), "damaged: not a whole zstd stream ("
            + damaged.getMessage() + ")");
      }
      sameHash(file, table, Sha256.hex(digest));
      if (rows != table.rows()) {
        throw new BackupRefused(file.toString(), "holds " + rows + " rows where the manifest "
            + "says " + table.rows());
      }
    }
    progress.end();
  }

  /** The file of a table, checked to exist at its recorded size. */
  static Path present(Path backup, Manifest.Table table) {
    Path file = backup.resolve(table.file());
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException missing) {
      throw new BackupRefused(file.toString(), "missing (table " + table.name() + ")");
    } catch (IOException unreadable) {
      throw new BackupRefused(file.toString(), "unreadable (" + unreadable.getMessage() + ")");
    }
    if (size < table.bytes()) {
      throw new BackupRefused(file.toString(), "truncated: " + size + " of " + table.bytes()
          + " bytes");
    }
    if (size > table.bytes()) {
      throw new BackupRefused(file.toString(), "altered: " + size + " bytes where the manifest "
          + "says " + table.bytes());
    }
    return file;
  }

  static void sameHash(Path file, Manifest.Table table, String actual) {
    if (!actual.equalsIgnoreCase(table.sha256())) {
      throw new BackupRefused(file.toString(), "altered: its SHA-256 is not the manifest's");
    }
  }

  /** A stream that broke part-way: the checksum of the whole file says whether it was altered. */
  private static void sameHashOrDamaged(Path file, Manifest.Table table) {
    MessageDigest digest = Sha256.digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException unreadable) {
      throw new BackupRefused(file.toString(), "unreadable (" + unreadable.getMessage() + ")");
    }
    sameHash(file, table, Sha256.hex(digest));
  }
}
