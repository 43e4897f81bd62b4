package stockassistant.bootstrap.backup;

import java.io.PrintStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import stockassistant.domain.backup.BackupProgress;

/**
 * The bar of backup, verify and restore, as import draws its own (me.tongfei:progressbar): MB of
 * table data, rate and ETA on a terminal; a plain line every 5 s in a log.
 */
public final class BackupProgressBar implements BackupProgress {
  private final boolean terminal;
  private final PrintStream out;
  private ProgressBar bar;

  public BackupProgressBar(boolean terminal, PrintStream out) {
    this.terminal = terminal;
    this.out = out;
  }

  public static BackupProgressBar forConsole() {
    return new BackupProgressBar(System.console() != null, System.err);
  }

  @Override
  public synchronized void begin(String task, long totalBytes) {
    end();
    var builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(1, totalBytes))
        .setUnit("MB", 1 << 20).showSpeed().setSpeedUnit(ChronoUnit.SECONDS)
        .setStyle(ProgressBarStyle.ASCII);
    if (!terminal) {
      builder.setUpdateIntervalMillis((int) Duration.ofSeconds(5).toMillis())
          .setConsumer(new DelegatingProgressBarConsumer(out::println));
    }
    bar = builder.build();
  }

  @Override
  public synchronized void advance(long bytes) {
    if (bar != null) {
      if (bar.getCurrent() + bytes > bar.getMax()) {
        bar.maxHint(bar.getCurrent() + bytes); // the estimate was short
      }
      bar.stepBy(bytes);
    }
  }

  @Override
  public synchronized void end() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
