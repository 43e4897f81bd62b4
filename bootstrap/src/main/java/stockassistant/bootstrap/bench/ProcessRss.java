package stockassistant.bootstrap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident memory (VmRSS from /proc), for the benchmarks that watch a child. */
final class ProcessRss {
  private ProcessRss() {}

  /** VmRSS of {@code pid} in MB, or -1 when the process is gone or /proc cannot tell. */
  static long mb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException gone) {
      return -1;
    }
    return -1;
  }
}
