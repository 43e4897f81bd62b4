package stockassistant.bootstrap.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small filesystem of its own (a tmpfs), for tests that fill a disk. Needs root (mount); a
 * test run by anyone else is skipped with a message saying so.
 */
public final class SmallDisk implements AutoCloseable {
  private final Path mountPoint;

  private SmallDisk(Path mountPoint) {
    this.mountPoint = mountPoint;
  }

  /** Mounts a tmpfs of {@code megabytes} at {@code mountPoint}, or skips the test. */
  public static SmallDisk mount(Path mountPoint, int megabytes) throws Exception {
    Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    Assumptions.assumeTrue(Integer.valueOf(0).equals(uid), "mounting a small tmpfs needs root; "
        + "this disk-full test is skipped (run the build as root to include it)");
    unmountQuietly(mountPoint);
    Files.createDirectories(mountPoint);
    int exit = run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=0700", "tmpfs",
        mountPoint.toString());
    Assumptions.assumeTrue(exit == 0, "mount -t tmpfs failed (exit " + exit + ") in this "
        + "environment; the disk-full test is skipped");
    return new SmallDisk(mountPoint);
  }

  public Path path() {
    return mountPoint;
  }

  @Override
  public void close() throws Exception {
    unmountQuietly(mountPoint);
  }

  private static void unmountQuietly(Path mountPoint) throws Exception {
    if (Files.isDirectory(mountPoint)) {
      run("umount", "-l", mountPoint.toString());
    }
  }

  private static int run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}
