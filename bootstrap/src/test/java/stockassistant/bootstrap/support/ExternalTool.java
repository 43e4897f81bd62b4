package stockassistant.bootstrap.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A program from outside the JVM (a linter, promtool) that a test runs when it is installed.
 * Without it the test is skipped with a message, so {@code ./mvnw verify} passes on a bare
 * machine; {@code .ci/run} installs the tools and sets {@code STOCK_REQUIRE_TOOLS=1}, which
 * turns the skip into a failure.
 */
public final class ExternalTool {
  private final Path executable;

  private ExternalTool(Path executable) {
    this.executable = executable;
  }

  /** The first of {@code candidates} that exists, else {@code name} on the PATH. */
  public static ExternalTool find(String name, String installHint, Path... candidates) {
    for (Path candidate : candidates) {
      if (Files.isExecutable(candidate)) {
        return new ExternalTool(candidate);
      }
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path onPath = Path.of(dir, name);
      if (!dir.isEmpty() && Files.isExecutable(onPath)) {
        return new ExternalTool(onPath);
      }
    }
    String message = name + " is not installed (" + installHint + ")";
    if ("1".equals(System.getenv("STOCK_REQUIRE_TOOLS"))) {
      fail(message + ", and STOCK_REQUIRE_TOOLS=1 requires it");
    }
    Assumptions.abort(message + "; skipped");
    throw new IllegalStateException("unreachable");
  }

  /** Runs it to completion (at most two minutes) with {@code stdin} as its input. */
  public Result run(Path stdin, String... args) {
    var command = new ArrayList<String>();
    command.add(executable.toString());
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    // linters phone home for telemetry and update checks; this machine is offline
    builder.environment().put("REDOCLY_TELEMETRY", "off");
    builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    builder.environment().put("NO_COLOR", "1");
    if (stdin != null) {
      builder.redirectInput(stdin.toFile());
    }
    try {
      Path output = Files.createTempFile("external-tool", ".out");
      builder.redirectOutput(output.toFile());
      Process process = builder.start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail(command + " did not finish within two minutes");
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      Files.delete(output);
      return new Result(process.exitValue(), text);
    } catch (IOException failure) {
      throw new IllegalStateException("cannot run " + command, failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  public record Result(int exitCode, String output) {}
}
