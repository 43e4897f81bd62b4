package stockassistant.adapters.persistence.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends measured figures to target/reliability-figures.txt (and stdout) for docs/RELIABILITY.md. */
public final class Figures {
  private Figures() {}

  public static void record(String scenario, String line) {
    String text = "[" + scenario + "] " + line + System.lineSeparator();
    System.out.print(text);
    try {
      Files.writeString(Path.of(System.getProperty("user.dir"), "target", "reliability-figures.txt"),
          text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
