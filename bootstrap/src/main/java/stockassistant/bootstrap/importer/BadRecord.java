package stockassistant.bootstrap.importer;

/** A row that cannot be read or does not hold a valid record; reported as file:line: reason. */
public final class BadRecord extends RuntimeException {
  private final long line;

  public BadRecord(long line, String reason) {
    super(reason, null, false, false);
    this.line = line;
  }

  public long line() {
    return line;
  }
}
