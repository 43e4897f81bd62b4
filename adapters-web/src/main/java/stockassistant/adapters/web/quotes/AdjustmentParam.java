package stockassistant.adapters.web.quotes;

import io.javalin.http.Context;
import stockassistant.domain.InvalidField;
import stockassistant.domain.quote.Adjustment;

/** The {@code adj} query parameter: absent or empty is as stored, else qfq or hfq. */
final class AdjustmentParam {
  static final String NAME = "adj";
  static final String DESCRIPTION = "qfq (前复权) or hfq (后复权): open, high, low, close and "
      + "pre_close adjusted by adj_factor, not rounded; absent: as stored";

  private AdjustmentParam() {}

  static Adjustment of(Context ctx) {
    String value = ctx.queryParam(NAME);
    if (value == null || value.isBlank()) {
      return Adjustment.NONE;
    }
    return switch (value.trim()) {
      case "qfq" -> Adjustment.QFQ;
      case "hfq" -> Adjustment.HFQ;
      default -> throw new InvalidField(NAME, "must be qfq or hfq (or absent), not "
          + quoted(value));
    };
  }

  private static String quoted(String value) {
    return value.length() <= 32 ? "'" + value + "'" : "'" + value.substring(0, 32) + "...'";
  }
}
