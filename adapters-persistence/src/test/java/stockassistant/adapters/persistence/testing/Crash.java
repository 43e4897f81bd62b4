package stockassistant.adapters.persistence.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;

/**
 * Crashes an embedded server the way {@code pg_ctl stop -m immediate} does: SIGQUIT to the
 * postmaster, which kills every backend at once with no checkpoint. Starting it again is the
 * product's own {@code EmbeddedPostgresServer.start} on the same folder (same port and data).
 */
public final class Crash {
  private Crash() {}

  public static void killImmediately(EmbeddedPostgresServer server) {
    Path pidFile = server.dataDirectory().resolve("postmaster.pid");
    try {
      long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
      Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start();
      if (kill.waitFor() != 0) {
        throw new AssertionError("kill -QUIT " + pid + " failed");
      }
      Await.until("the postmaster exits", Duration.ofSeconds(30),
          () -> ProcessHandle.of(pid).map(handle -> !handle.isAlive()).orElse(true));
    } catch (IOException failure) {
      throw new AssertionError("cannot crash the server", failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError(interrupted);
    }
  }
}
