package stockassistant.adapters.persistence.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file of zeros beside the data directory, kept on the same disk so that a full disk never
 * leaves PostgreSQL without the room its crash recovery needs. When the disk fills while WAL is
 * written, PostgreSQL PANICs, and its recovery must write a new WAL segment and a checkpoint: on
 * a disk with not a byte left it cannot, and would never start again. Giving this file back
 * makes that room; the server comes up, serves reads, and refuses writes with "disk full" until
 * someone frees space. Made again at the next start that finds room for it.
 */
public final class SpaceReserve {
  static final String FILE = "space-reserve";
  /** Four WAL segments: the end-of-recovery checkpoint, and a little left over. */
  static final long BYTES = 64L * 1024 * 1024;
  /** Free space that lets the reserve be made and still leaves two WAL segments of room. */
  static final long ROOM = BYTES + 32L * 1024 * 1024;
  private static final Logger log = LoggerFactory.getLogger(SpaceReserve.class);

  private final Path file;

  SpaceReserve(Path root) {
    this.file = root.resolve(FILE);
  }

  /** Written out (not sparse: a hole reserves nothing) when the disk has {@link #ROOM} free. */
  void keep() {
    try {
      if (Files.exists(file) && Files.size(file) == BYTES) {
        return;
      }
      if (Files.getFileStore(file.getParent()).getUsableSpace() < ROOM) {
        log.warn("No room for the {} MB space reserve beside the embedded data directory; a full "
            + "disk may then keep PostgreSQL from starting until space is freed", BYTES >> 20);
        return;
      }
      byte[] zeros = new byte[1 << 20];
      try (OutputStream out = Files.newOutputStream(file)) {
        for (long written = 0; written < BYTES; written += zeros.length) {
          out.write(zeros);
        }
      }
    } catch (IOException failed) {
      release();
      log.warn("Could not write the space reserve: {}", failed.toString());
    }
  }

  /** Whether the disk under {@code root} has {@code bytes} free for us. */
  static boolean roomFor(Path root, long bytes) {
    try {
      return Files.getFileStore(root).getUsableSpace() >= bytes;
    } catch (IOException unreadable) {
      return false;
    }
  }

  /** Gives the space back; true when there was something to give. */
  boolean release() {
    try {
      boolean released = Files.deleteIfExists(file);
      if (released) {
        log.warn("Released the {} MB space reserve so PostgreSQL can recover on a full disk; "
            + "free space on that disk (the reserve is made again at the next start)", BYTES >> 20);
      }
      return released;
    } catch (IOException cannot) {
      return false;
    }
  }
}
