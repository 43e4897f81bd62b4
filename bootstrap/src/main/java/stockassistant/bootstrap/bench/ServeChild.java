package stockassistant.bootstrap.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * `serve` of this same jar as a child process on a free loopback port, with the launcher's JVM
 * defaults, so a benchmark measures the server as users run it, in its own process (its RSS and
 * CPU are its own, not the client's). It adopts the embedded database the benchmark started, and
 * leaves it running when it stops. Stopped with SIGTERM, as Ctrl-C stops it.
 */
final class ServeChild implements AutoCloseable {
  /** The launcher's defaults (the stock-assistant script): heap, G1, code cache, Arrow's opens. */
  static final List<String> JVM = List.of("-Xms64m", "-Xmx192m", "-XX:+UseG1GC",
      "-XX:G1PeriodicGCInterval=60000", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
      "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=128m", "-Xss512k",
      "--add-opens=java.base/java.nio=ALL-UNNAMED");

  private final Process process;
  private final URI base;
  private final Path log;

  private ServeChild(Process process, URI base, Path log) {
    this.process = process;
    this.base = base;
    this.log = log;
  }

  /** Starts it and waits (up to two minutes) until /health/ready answers 200. */
  static ServeChild start(Path config) throws Exception {
    Path jar = jar("bench panel starts the server from the packaged jar; run it through "
        + "./stock-assistant, or give --url of a running server and --pid");
    int port;
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(JVM);
    command.addAll(List.of("-jar", jar.toString(), "serve"));
    if (config != null) {
      command.add("--config=" + config);
    }
    Path log = Files.createTempFile("bench-serve-", ".log");
    var builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("HTTP_HOST", "127.0.0.1");
    builder.environment().put("HTTP_PORT", String.valueOf(port));
    builder.environment().put("MALLOC_ARENA_MAX", "2");
    var child = new ServeChild(builder.start(), URI.create("http://127.0.0.1:" + port), log);
    child.awaitReady();
    return child;
  }

  /** This jar, to run a command of it in a child process; {@code notAJar} when run from classes. */
  static Path jar(String notAJar) throws java.net.URISyntaxException {
    Path jar = Path.of(ServeChild.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    if (!jar.toString().endsWith(".jar")) {
      throw new IllegalStateException(notAJar);
    }
    return jar;
  }

  URI base() {
    return base;
  }

  long pid() {
    return process.pid();
  }

  private void awaitReady() throws Exception {
    var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server stopped at start; its log: " + log);
      }
      try {
        if (http.send(HttpRequest.newBuilder(base.resolve("/health/ready")).GET().build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    close();
    throw new IllegalStateException("the server was not ready within 2 minutes; its log: " + log);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
