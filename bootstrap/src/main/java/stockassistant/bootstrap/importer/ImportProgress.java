package stockassistant.bootstrap.importer;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress display (me.tongfei:progressbar): a live bar (MB read, rate, ETA, rows) on a
 * terminal; plain lines every few seconds when output goes to a file or a CI log.
 */
public final class ImportProgress {
  private final boolean terminal;
  private final PrintStream out;

  public ImportProgress(boolean terminal, PrintStream out) {
    this.terminal = terminal;
    this.out = out;
  }

  public static ImportProgress forConsole() {
    return new ImportProgress(System.console() != null, System.err);
  }

  ProgressBar start(String task, long bytes) {
    return builder(task, bytes).build();
  }

  private ProgressBarBuilder builder(String task, long bytes) {
    var builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(bytes)
        .setUnit("MB", 1 << 20).showSpeed().setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
        .setStyle(ProgressBarStyle.ASCII);
    if (terminal) {
      return builder;
    }
    return builder.setUpdateIntervalMillis((int) Duration.ofSeconds(5).toMillis())
        .setConsumer(new DelegatingProgressBarConsumer(out::println));
  }
}
