package stockassistant.bootstrap.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import me.tongfei.progressbar.ProgressBar;

/** Moves the progress bar as bytes are read, so progress needs no row count up front. */
final class ProgressInputStream extends FilterInputStream {
  private final ProgressBar bar;
  private long read;

  ProgressInputStream(InputStream in, ProgressBar bar) {
    super(in);
    this.bar = bar;
  }

  @Override
  public int read() throws IOException {
    int value = super.read();
    if (value >= 0) {
      advance(1);
    }
    return value;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int count = super.read(buffer, offset, length);
    if (count > 0) {
      advance(count);
    }
    return count;
  }

  private void advance(long bytes) {
    read += bytes;
    bar.stepTo(read);
  }
}
