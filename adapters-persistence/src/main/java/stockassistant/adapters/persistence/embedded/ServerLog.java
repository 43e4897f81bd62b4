package stockassistant.adapters.persistence.embedded;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded server's {@code postgres.log}, read for the one line that says why it stopped or
 * would not start. Only the lines written after a given offset count (the start being judged),
 * and at most the last {@value #TAIL_BYTES} bytes of them.
 */
public final class ServerLog {
  static final String FILE = "postgres.log";
  /** How {@link #reason} begins when the disk is full. */
  public static final String NO_SPACE_MEANING = "no space left on device";
  private static final int TAIL_BYTES = 64 * 1024;
  /** "2026-12-07 16:50:00.123 UTC [1234] FATAL:  ..." -> "FATAL:  ..." */
  private static final Pattern QUOTED_PATH = Pattern.compile("\"/(?:[^\"]*/)?([^\"/]+)\"");
  private static final Pattern SEVERITY = Pattern.compile("\\b(PANIC|FATAL|ERROR|LOG|HINT|DETAIL):\\s+(.*)");

  /** What a line means, checked in this order: the first that matches names the cause. */
  private enum Cause {
    NO_SPACE(NO_SPACE_MEANING, "No space left on device"),
    PORT_TAKEN("its port is taken by another program", "Address already in use",
        "could not bind"),
    STALE_LOCK("a lock file from another server is in the way (stale postmaster.pid?)",
        "lock file \"postmaster.pid\" already exists", "already exists"),
    OLD_PROCESSES("processes of the previous server still hold its shared memory",
        "pre-existing shared memory block"),
    BAD_CONFIGURATION("its configuration has an error", "unrecognized configuration parameter",
        "invalid value for parameter"),
    KILLED("a server process was killed", "terminated by signal", "was terminated"),
    POSTMASTER_GONE("the postmaster was killed from outside (kill -9, the OOM killer)",
        "unexpected postmaster exit");

    private final String meaning;
    private final List<String> clues;

    Cause(String meaning, String... clues) {
      this.meaning = meaning;
      this.clues = List.of(clues);
    }
  }

  private final Path file;

  public ServerLog(Path root) {
    this.file = root.resolve(FILE);
  }

  public Path file() {
    return file;
  }

  /** Where the next line will be written: remember it before a start, judge after. */
  public long end() {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException unreadable) {
      return 0;
    }
  }

  /**
   * Why the server stopped or did not start, from the lines after {@code from}: a known cause
   * with its line ("no space left on device (FATAL: could not write lock file ...)"), else
   * the last PANIC or FATAL line, else null when the log says nothing.
   */
  public String reason(long from) {
    List<String> lines = linesAfter(from);
    for (Cause cause : Cause.values()) {
      for (int i = lines.size() - 1; i >= 0; i--) {
        String line = lines.get(i);
        if (cause.clues.stream().anyMatch(line::contains)) {
          return cause.meaning + " (" + message(line) + ")";
        }
      }
    }
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.get(i);
      if (line.contains("PANIC:") || line.contains("FATAL:")) {
        return message(line);
      }
    }
    return null;
  }

  /**
   * The line from its severity on, each quoted absolute path cut to its last part: the
   * message reaches readiness, and the log's own path is said where a person reads it.
   */
  private static String message(String line) {
    Matcher matcher = SEVERITY.matcher(line);
    String text = matcher.find() ? matcher.group(1) + ": " + matcher.group(2) : line;
    text = QUOTED_PATH.matcher(text).replaceAll("\"$1\"");
    return text.length() > 300 ? text.substring(0, 300) + "..." : text.strip();
  }

  private List<String> linesAfter(long from) {
    try (var log = new RandomAccessFile(file.toFile(), "r")) {
      long length = log.length();
      long start = Math.max(Math.max(0, from), length - TAIL_BYTES);
      if (start >= length) {
        return List.of();
      }
      byte[] bytes = new byte[(int) (length - start)];
      log.seek(start);
      log.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    } catch (IOException missingOrUnreadable) {
      return List.of();
    }
  }
}
