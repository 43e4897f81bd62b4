package stockassistant.bootstrap.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessagesAboveBarTest {

  @Test
  void aMessageGetsALineOfItsOwnAndTheBarIsDrawnAgainBelowIt() {
    var terminal = new ByteArrayOutputStream();
    var bar = new MessagesAboveBar(new PrintStream(terminal, true, StandardCharsets.UTF_8));

    bar.accept("bars.csv 12% [===   ] 50000 rows");
    bar.printAbove("bars.csv:3: trade_date: is not a real date: '20240230'");
    bar.accept("bars.csv 14% [====  ] 60000 rows");
    bar.close();

    String[] lines = terminal.toString(StandardCharsets.UTF_8).split("\n");
    // a terminal shows what follows the last carriage return of each line
    assertThat(shown(lines[0]).stripTrailing())
        .isEqualTo("bars.csv:3: trade_date: is not a real date: '20240230'");
    assertThat(shown(lines[1])).isEqualTo("bars.csv 14% [====  ] 60000 rows");
  }

  @Test
  void afterTheBarIsClosedAMessageIsAPlainLine() {
    var terminal = new ByteArrayOutputStream();
    var bar = new MessagesAboveBar(new PrintStream(terminal, true, StandardCharsets.UTF_8));
    bar.accept("bars.csv 100%");
    bar.close();

    bar.printAbove("bars.csv: 3 bad row(s)");

    assertThat(terminal.toString(StandardCharsets.UTF_8)).endsWith("\nbars.csv: 3 bad row(s)\n");
  }

  private static String shown(String line) {
    return line.substring(line.lastIndexOf('\r') + 1);
  }
}
