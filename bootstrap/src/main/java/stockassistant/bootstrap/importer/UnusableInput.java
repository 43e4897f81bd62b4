package stockassistant.bootstrap.importer;

import java.util.List;

/** Paths or files that cannot be imported, all of them, found before anything was started. */
public final class UnusableInput extends RuntimeException {
  private final List<String> problems;

  UnusableInput(List<String> problems) {
    super(String.join("; ", problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
