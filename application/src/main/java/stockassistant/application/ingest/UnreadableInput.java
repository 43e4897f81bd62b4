package stockassistant.application.ingest;

/** An input that stops being CSV or JSON part-way; the message says where and why. */
public final class UnreadableInput extends RuntimeException {
  public UnreadableInput(String whereAndWhy) {
    super(whereAndWhy, null, false, false);
  }
}
