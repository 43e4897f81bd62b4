package stockassistant.bootstrap.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import stockassistant.bootstrap.TestConfigs;

/**
 * The packaged jar run as a user runs it: a child JVM with only the settings the test gives
 * (none inherited from the machine's environment), its output captured.
 */
public final class PackagedJar {
  public static final Path JAR = Path.of("target", "stock-assistant.jar");

  private PackagedJar() {}

  /** Runs {@code java -jar stock-assistant.jar args...} and waits at most three minutes. */
  public static Run run(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    var command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    for (String key : new HashMap<>(environment).keySet()) {
      if (key.startsWith("DATABASE_") || key.startsWith("POSTGRES_") || key.startsWith("DB_")
          || key.startsWith("STOCK_") || key.startsWith("JMX_") || key.startsWith("HTTP_")) {
        environment.remove(key);
      }
    }
    environment.put("STOCK_DATA_DIR", TestConfigs.dataDirectory().toString());
    environment.putAll(env);
    Path out = Files.createTempFile("cli-out", ".txt");
    Path err = Files.createTempFile("cli-err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("command did not finish: " + command);
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** A finished run: its exit code and what it printed. */
  public record Run(int exitCode, String out, String err) {
    public String all() {
      return out + err;
    }
  }
}
