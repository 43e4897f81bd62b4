package stockassistant.bootstrap.sync;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import stockassistant.application.sync.SyncCounters;
import stockassistant.application.sync.SyncProgress;

/**
 * What `sync` shows (me.tongfei:progressbar, as `import`): on a terminal a bar per phase over its
 * days with rows, calls, rate-limit waits and the ETA; otherwise one line every 5 s. Notes go on
 * lines of their own. Nothing here ever sees the token.
 */
public final class ConsoleProgress implements SyncProgress {
  private final boolean terminal;
  private final PrintStream out;
  private ProgressBar bar;
  private String phase;

  public ConsoleProgress(boolean terminal, PrintStream out) {
    this.terminal = terminal;
    this.out = out;
  }

  public static ConsoleProgress forConsole() {
    return new ConsoleProgress(System.console() != null, System.err);
  }

  @Override
  public synchronized void update(SyncCounters c) {
    if (!c.phase().equals(phase)) {
      finish();
      phase = c.phase();
      var builder = new ProgressBarBuilder().setTaskName("sync " + c.phase())
          .setInitialMax(Math.max(0, c.daysPlanned())).setUnit(" days", 1)
          .setStyle(ProgressBarStyle.ASCII).showSpeed();
      if (!terminal) {
        builder.setUpdateIntervalMillis((int) Duration.ofSeconds(5).toMillis())
            .setConsumer(new DelegatingProgressBarConsumer(out::println));
      }
      bar = builder.build();
    }
    bar.stepTo(c.daysDone());
    bar.setExtraMessage(" " + c.rows() + " rows, " + c.calls() + " calls, " + c.waits()
        + " waits, " + c.rejected() + " rejected");
  }

  @Override
  public synchronized void note(String message) {
    out.println("sync: " + message);
  }

  /** Draws the bar a last time and ends it. */
  public synchronized void finish() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
