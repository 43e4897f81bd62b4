package stockassistant.adapters.web.codec;

import java.util.List;
import stockassistant.domain.InvalidField;

/** Several invalid fields reported at once (a batch with more than one bad item). */
public final class InvalidFields extends RuntimeException {
  private final List<InvalidField> failures;

  public InvalidFields(List<InvalidField> failures) {
    super(failures.size() + " invalid field(s)", null, false, false);
    this.failures = List.copyOf(failures);
  }

  public List<InvalidField> failures() {
    return failures;
  }
}
