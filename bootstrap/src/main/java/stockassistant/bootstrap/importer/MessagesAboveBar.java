package stockassistant.bootstrap.importer;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;

/**
 * The terminal's progress bar, with a way to print a message above it. progressbar redraws the
 * bar from its own thread with a bare carriage return, so a message printed past it lands in the
 * middle of the bar's line ("...50000 rowsheld bad rows"). Here the message and the redraw take
 * the same lock: the message overwrites the bar's line, ends it, and the bar is drawn again below.
 */
final class MessagesAboveBar extends ConsoleProgressBarConsumer {
  private final PrintStream out;
  private String shown = "";
  private boolean open = true;

  MessagesAboveBar(PrintStream out) {
    super(out);
    this.out = out;
  }

  @Override
  public synchronized void accept(String bar) {
    shown = bar;
    if (open) {
      super.accept(bar);
    }
  }

  /** Prints one line above the bar; once the bar is closed, simply prints it. */
  synchronized void printAbove(String message) {
    if (!open) {
      out.println(message);
      return;
    }
    // the line still shows the bar: blank what the message does not cover
    int width = getMaxRenderedLength();
    out.print('\r' + message + " ".repeat(Math.max(0, width - message.length())));
    out.println();
    super.accept(shown);
    out.flush();
  }

  synchronized boolean isOpen() {
    return open;
  }

  @Override
  public synchronized void close() {
    if (open) {
      open = false;
      super.close();
    }
  }
}
