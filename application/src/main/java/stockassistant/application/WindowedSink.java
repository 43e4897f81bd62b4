package stockassistant.application;

import java.util.function.Consumer;

/**
 * Cuts a stream to a {@link Window} on its way to a sink: skips the offset, passes the limit on,
 * and remembers whether a row came after the limit (so the caller can say "there is more" and
 * stop reading).
 */
public final class WindowedSink<T> implements Consumer<T> {
  private final Window window;
  private final Consumer<? super T> sink;
  private int skipped;
  private long delivered;
  private boolean more;

  public WindowedSink(Window window, Consumer<? super T> sink) {
    this.window = window;
    this.sink = sink;
  }

  @Override
  public void accept(T row) {
    if (skipped < window.offset()) {
      skipped++;
    } else if (window.limit() != null && delivered == window.limit()) {
      more = true;
    } else {
      delivered++;
      sink.accept(row);
    }
  }

  /** Whether a row came after the limit: the window is full and more rows exist. */
  public boolean full() {
    return more;
  }
}
