package stockassistant.application;

import stockassistant.domain.InvalidField;

/** Range checks of paging and list sizes, shared by every facade. */
public final class Limits {
  private Limits() {}

  public static int requireBetween(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidField(field, "must be between " + min + " and " + max + " (was " + value + ")");
    }
    return value;
  }

  public static void requireAtMost(String field, int size, int max) {
    if (size > max) {
      throw new InvalidField(field, "at most " + max + " values are allowed (got " + size + ")");
    }
  }
}
