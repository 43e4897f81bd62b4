package stockassistant.adapters.persistence.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import stockassistant.adapters.persistence.secrets.OwnerOnlyFiles;

/**
 * The files of backups on disk. A backup is written into a hidden {@code .NAME.partial} directory
 * and renamed to {@code NAME} only after its manifest is on disk (fsynced), so a process killed
 * at any moment leaves nothing that looks complete. Directories are owner-only: a backup holds
 * the whole store.
 */
final class BackupDirectories {
  static final String PREFIX = "backup-";
  static final String PARTIAL_SUFFIX = ".partial";
  static final String VERIFIED_FILE = "verified";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private BackupDirectories() {}

  /** A new hidden directory to write a backup taken at {@code time} into, and its final name. */
  record InProgress(Path partial, Path complete) {}

  static InProgress begin(Path parent, Instant time) {
    OwnerOnlyFiles.secureDirectory(parent, "the backup directory");
    String base = PREFIX + STAMP.format(time);
    for (int attempt = 1; ; attempt++) {
      String name = attempt == 1 ? base : base + "-" + attempt;
      Path complete = parent.resolve(name);
      Path partial = parent.resolve("." + name + PARTIAL_SUFFIX);
      if (Files.exists(complete)) {
        continue;
      }
      try {
        Files.createDirectory(partial,
            PosixFilePermissions.asFileAttribute(OwnerOnlyFiles.DIRECTORY));
        return new InProgress(partial, complete);
      } catch (FileAlreadyExistsException taken) {
        // another backup started in the same second: take the next name
      } catch (IOException failure) {
        throw new UncheckedIOException("cannot create " + partial, failure);
      }
    }
  }

  /** Makes the backup visible: one atomic rename, after everything in it is on disk. */
  static Path complete(InProgress backup) throws IOException {
    fsync(backup.partial());
    Files.move(backup.partial(), backup.complete(), StandardCopyOption.ATOMIC_MOVE);
    fsync(backup.complete().getParent());
    return backup.complete();
  }

  /** Writes a small file whole and durably: a temporary name, fsync, then rename. */
  static void writeDurably(Path file, byte[] content) throws IOException {
    Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(content));
      channel.force(true);
    }
    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    fsync(file.getParent());
  }

  static void fsync(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  /** The directories that hold a complete backup (a manifest); partial ones are skipped. */
  static Stream<Path> complete(Path parent) {
    if (!Files.isDirectory(parent)) {
      return Stream.empty();
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, PREFIX + "*")) {
      var found = new java.util.ArrayList<Path>();
      for (Path entry : entries) {
        if (Files.isDirectory(entry) && Files.isRegularFile(entry.resolve(Manifest.FILE))) {
          found.add(entry);
        }
      }
      return found.stream();
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot list " + parent, failure);
    }
  }

  static void markVerified(Path backup, Instant when) throws IOException {
    writeDurably(backup.resolve(VERIFIED_FILE), (when + "\n").getBytes(StandardCharsets.UTF_8));
  }

  static Optional<Instant> verifiedAt(Path backup) {
    try {
      return Optional.of(Instant.parse(
          Files.readString(backup.resolve(VERIFIED_FILE), StandardCharsets.UTF_8).strip()));
    } catch (IOException | RuntimeException none) {
      return Optional.empty();
    }
  }

  /**
   * Deletes a backup: first renamed to a partial name (one atomic step, after which it no
   * longer looks complete), then its files.
   */
  static void delete(Path backup) throws IOException {
    Path doomed = backup.resolveSibling("." + backup.getFileName() + ".deleting"
        + PARTIAL_SUFFIX);
    Files.move(backup, doomed, StandardCopyOption.ATOMIC_MOVE);
    try (Stream<Path> files = Files.walk(doomed)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
