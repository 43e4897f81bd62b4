package stockassistant.adapters.web.codec;

import stockassistant.domain.InvalidField;
import stockassistant.domain.stock.ThirdCode;

/** Parses a third_code from a request, naming the field it came from when it is malformed. */
public final class ThirdCodes {
  private ThirdCodes() {}

  public static ThirdCode parse(String field, String text) {
    try {
      return new ThirdCode(text);
    } catch (InvalidField malformed) {
      throw new InvalidField(field, ThirdCode.SHAPE_RULE + ", not "
          + Dates.quoted(text == null ? "" : text));
    }
  }
}
