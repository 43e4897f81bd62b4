package stockassistant.application.archfixture;

/** Deliberately wrong: a use case writing on a thread of its own instead of an executor. */
public final class UseCaseThatStartsAThread {
  public void writeInTheBackground(Runnable write) {
    new Thread(write, "hand-made-writer").start();
  }
}
