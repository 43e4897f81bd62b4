package stockassistant.bootstrap.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.wrapped.ProgressBarWrappedInputStream;
import stockassistant.application.ingest.IngestProgress;

/**
 * What an import shows while it runs (me.tongfei:progressbar): a live bar per file (MB read, rate,
 * ETA, rows) on a terminal, with messages printed above it; plain lines every few seconds when
 * output goes to a file or a CI log. Every message of the import goes through here.
 */
public final class ImportProgress implements IngestProgress {
  private final boolean terminal;
  private final PrintStream out;
  private ProgressBar bar;
  private MessagesAboveBar barLine;

  public ImportProgress(boolean terminal, PrintStream out) {
    this.terminal = terminal;
    this.out = out;
  }

  public static ImportProgress forConsole() {
    return new ImportProgress(System.console() != null, System.err);
  }

  /** A bar over {@code bytes}, moved by reading the returned stream, until {@link #finish()}. */
  synchronized InputStream track(String task, long bytes, InputStream input) {
    var builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(bytes)
        .setUnit("MB", 1 << 20).showSpeed().setSpeedUnit(ChronoUnit.SECONDS)
        .setStyle(ProgressBarStyle.ASCII);
    if (terminal) {
      barLine = new MessagesAboveBar(out);
      builder.setConsumer(barLine);
    } else {
      barLine = null;
      builder.setUpdateIntervalMillis((int) Duration.ofSeconds(5).toMillis())
          .setConsumer(new DelegatingProgressBarConsumer(out::println));
    }
    bar = builder.build();
    // the parsers close their input at its end, before the last batch is written and counted
    return new ProgressBarWrappedInputStream(input, bar) {
      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }

  /** Draws the bar one last time and ends it. */
  synchronized void finish() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  @Override
  public synchronized void stored(long stored) {
    if (bar != null) {
      bar.setExtraMessage(" " + stored + " rows stored");
    }
  }

  /** Above the bar on a terminal, never inside it. */
  @Override
  public synchronized void message(String line) {
    if (barLine != null && barLine.isOpen()) {
      barLine.printAbove(line);
    } else {
      out.println(line);
    }
  }
}
