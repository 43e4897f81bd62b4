package stockassistant.adapters.persistence.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.function.LongConsumer;
import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;

/**
 * One table's file: the binary COPY stream, zstd-compressed (zstd-jni: the reference library,
 * its native code in the jar for Linux, macOS and Windows; readable with the {@code zstd} tool),
 * SHA-256 over the bytes on disk. Memory stays at a few buffers whatever the table's size.
 */
final class CompressedFiles {
  static final String SUFFIX = ".copy.zst";
  /**
   * On 3.9 M bars level 3 wrote 1.22x pg_dump -Fc's size, level 5 1.15x for 3x its CPU, which
   * one core still does faster than pg_dump (docs/BENCHMARKS.md, "Backup and restore"); gzip -1
   * was both slower and 30% larger than zstd -3.
   */
  static final int LEVEL = 5;
  private static final int BUFFER = 1 << 16;
  private static final long REPORT_EVERY = 1 << 20;

  private CompressedFiles() {}

  /** A file being written: COPY's bytes go into {@link #stream()}; closing forces it to disk. */
  static final class Writer implements java.io.Closeable {
    private final MessageDigest digest = Sha256.digest();
    private final OutputStream stream;

    Writer(Path file, LongConsumer progress) throws IOException {
      // owner-only, as the directory: a backup holds the whole store
      FileChannel channel = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE), java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
              stockassistant.adapters.persistence.secrets.OwnerOnlyFiles.FILE));
      OutputStream onDisk = new DigestOutputStream(new BufferedOutputStream(
          new Durable(channel), BUFFER), digest);
      // COPY hands over one row per write: buffer before deflating
      this.stream = new Counting(new BufferedOutputStream(zstd(onDisk), BUFFER), progress);
    }

    OutputStream stream() {
      return stream;
    }

    @Override
    public void close() throws IOException {
      stream.close();
    }

    /** The SHA-256 of the file as written; call after {@link #close}. */
    String sha256() {
      return Sha256.hex(digest);
    }
  }

  /** The file's channel, forced to disk before it is closed. */
  private static final class Durable extends FilterOutputStream {
    private final FileChannel channel;

    Durable(FileChannel channel) {
      super(Channels.newOutputStream(channel));
      this.channel = channel;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      try (channel) {
        out.flush();
        channel.force(true);
      }
    }
  }

  private static OutputStream zstd(OutputStream out) throws IOException {
    var compressed = new ZstdOutputStream(out, LEVEL);
    compressed.setChecksum(true); // each frame carries its own checksum too
    return compressed;
  }

  /** The uncompressed COPY stream of a file, hashing the file's bytes as they are read. */
  static InputStream reader(Path file, MessageDigest digest, LongConsumer fileBytesRead)
      throws IOException {
    InputStream raw = Channels.newInputStream(FileChannel.open(file, StandardOpenOption.READ));
    InputStream hashed = new DigestInputStream(new CountingIn(new BufferedInputStream(raw, BUFFER),
        fileBytesRead), digest);
    return new BufferedInputStream(new ZstdInputStream(hashed), BUFFER);
  }

  /** Bytes passing through, handed to a progress display in steps of a megabyte. */
  private static final class ByteTally {
    private final LongConsumer progress;
    private long pending;

    ByteTally(LongConsumer progress) {
      this.progress = progress;
    }

    void add(long bytes) {
      pending += bytes;
      if (pending >= REPORT_EVERY) {
        flush();
      }
    }

    void flush() {
      progress.accept(pending);
      pending = 0;
    }
  }

  private static final class Counting extends FilterOutputStream {
    private final ByteTally tally;

    Counting(OutputStream out, LongConsumer progress) {
      super(out);
      this.tally = new ByteTally(progress);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      tally.add(length);
    }

    @Override
    public void close() throws IOException {
      super.close();
      tally.flush();
    }
  }

  private static final class CountingIn extends FilterInputStream {
    private final ByteTally tally;

    CountingIn(InputStream in, LongConsumer progress) {
      super(in);
      this.tally = new ByteTally(progress);
    }

    @Override
    public int read() throws IOException {
      int value = in.read();
      if (value >= 0) {
        tally.add(1);
      }
      return value;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      int read = in.read(bytes, offset, length);
      if (read > 0) {
        tally.add(read);
      }
      return read;
    }

    @Override
    public void close() throws IOException {
      super.close();
      tally.flush();
    }
  }
}
