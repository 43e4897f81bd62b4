package stockassistant.adapters.persistence.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * The processes of one data directory, seen through /proc: the postmaster named by
 * {@code postmaster.pid}, and every server process still working in the directory (each one
 * has it as its working directory). Reading files only, so watching costs no fork and no SQL.
 */
final class ServerProcesses {
  private final Path dataDir;

  ServerProcesses(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** The postmaster's PID as its lock file records it; empty when there is no such file. */
  OptionalLong postmasterPid() {
    try {
      List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
      return lines.isEmpty() ? OptionalLong.empty()
          : OptionalLong.of(Long.parseLong(lines.get(0).strip()));
    } catch (IOException | NumberFormatException missing) {
      return OptionalLong.empty();
    }
  }

  /** The recorded postmaster runs (a zombie does not: it is dead, only not yet reaped). */
  boolean postmasterAlive() {
    OptionalLong pid = postmasterPid();
    return pid.isPresent() && alive(pid.getAsLong());
  }

  /**
   * Server processes left behind by a dead postmaster (backends finishing a statement, the
   * checkpointer): a new postmaster refuses to start while they hold the old shared memory.
   * They go by themselves once they notice; this waits for that, then kills what is left.
   * Safe for acknowledged writes: a commit is acknowledged only after its WAL is flushed.
   */
  void awaitOrphansGone(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!orphans().isEmpty() && System.nanoTime() < deadline) {
      sleep(50);
    }
    for (ProcessHandle orphan : orphans()) {
      orphan.destroyForcibly();
    }
    long killDeadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    while (!orphans().isEmpty() && System.nanoTime() < killDeadline) {
      sleep(20);
    }
  }

  /**
   * Clears the lock file of a postmaster known dead. Until its parent (init) reaps it, a killed
   * postmaster stays a zombie that PostgreSQL's own check ({@code kill(pid, 0)}) takes for a live
   * server ("lock file already exists"); after a short wait for the reaping, the file goes.
   */
  void clearDeadLock(Duration patience) {
    OptionalLong pid = postmasterPid();
    if (pid.isEmpty() || alive(pid.getAsLong())) {
      return;
    }
    Path proc = Path.of("/proc", Long.toString(pid.getAsLong()));
    long deadline = System.nanoTime() + patience.toNanos();
    while (Files.exists(proc) && System.nanoTime() < deadline) {
      sleep(20);
    }
    if (Files.exists(proc) && !alive(pid.getAsLong())) {
      try {
        Files.deleteIfExists(dataDir.resolve("postmaster.pid"));
      } catch (IOException cannot) {
        // PostgreSQL will say why it cannot start, and the watch tries again
      }
    }
  }

  List<ProcessHandle> orphans() {
    Path real;
    try {
      real = dataDir.toRealPath();
    } catch (IOException gone) {
      return List.of();
    }
    return ProcessHandle.allProcesses()
        .filter(process -> process.pid() != ProcessHandle.current().pid())
        .filter(process -> worksIn(process.pid(), real) && alive(process.pid()))
        .toList();
  }

  private static boolean worksIn(long pid, Path dir) {
    try {
      return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd")).equals(dir);
    } catch (IOException | UnsupportedOperationException | SecurityException unreadable) {
      return false;
    }
  }

  /** Alive and not a zombie: the state letter after the command in /proc/PID/stat. */
  static boolean alive(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      int afterCommand = stat.lastIndexOf(')');
      return afterCommand > 0 && afterCommand + 2 < stat.length()
          && stat.charAt(afterCommand + 2) != 'Z' && stat.charAt(afterCommand + 2) != 'X';
    } catch (IOException noSuchProcess) {
      return false;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
