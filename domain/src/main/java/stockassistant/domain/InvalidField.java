package stockassistant.domain;

/**
 * A value broke a rule. Names the field (snake_case, as clients see it) so every adapter can
 * report it without knowing the rule.
 */
public class InvalidField extends RuntimeException {
  private final String field;
  private final String reason;

  public InvalidField(String field, String reason) {
    super(field + ": " + reason, null, false, false);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }

  /** The same failure, reported under a longer path such as {@code items[3].close}. */
  public InvalidField under(String prefix) {
    return new InvalidField(prefix + "." + field, reason);
  }

  public static String requireText(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidField(field, "is required");
    }
    return optionalText(field, value, maxLength);
  }

  public static String optionalText(String field, String value, int maxLength) {
    if (value != null && value.length() > maxLength) {
      throw new InvalidField(field, "must be at most " + maxLength + " characters");
    }
    return value;
  }

  public static <T> T requirePresent(String field, T value) {
    if (value == null) {
      throw new InvalidField(field, "is required");
    }
    return value;
  }
}
