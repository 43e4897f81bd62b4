package stockassistant.adapters.web.codec;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bad rows of one input file, in the input's own layout (same header, same fields), so the
 * file can be fixed and imported as it is. Created at the first bad row: a clean import leaves
 * no file behind.
 */
final class RejectsFile implements Closeable {
  private final Path path;
  private final RecordSource source;
  private RawRecordWriter writer;

  RejectsFile(Path path, RecordSource source) {
    this.path = path;
    this.source = source;
  }

  void write(SourceItem bad) throws IOException {
    if (writer == null) {
      writer = new RawRecordWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8),
          source.shape(), source.columns());
    }
    writer.write(bad);
  }

  @Override
  public void close() throws IOException {
    if (writer != null) {
      writer.close();
    }
  }
}
