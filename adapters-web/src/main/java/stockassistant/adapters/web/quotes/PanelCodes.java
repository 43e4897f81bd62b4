package stockassistant.adapters.web.quotes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import stockassistant.adapters.web.codec.ThirdCodes;
import stockassistant.application.Limits;
import stockassistant.application.marketdata.MarketData;
import stockassistant.domain.InvalidField;
import stockassistant.domain.stock.ThirdCode;

/** The {@code codes} of a panel read: third_codes separated by commas, or {@code all}. */
final class PanelCodes {
  static final String DESCRIPTION = "third_codes separated by commas (at most "
      + MarketData.MAX_CODES + ", repeats ignored), or all";

  private PanelCodes() {}

  /** The codes asked for; an empty list means every code. */
  static List<ThirdCode> parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidField("codes", "is required: third_codes separated by commas, or all");
    }
    if (text.trim().equalsIgnoreCase("all")) {
      return List.of();
    }
    String[] parts = text.split(",", -1);
    // refuse an oversized list before parsing every element of it
    Limits.requireAtMost("codes", parts.length, MarketData.MAX_CODES);
    var codes = new LinkedHashSet<ThirdCode>();
    for (String part : parts) {
      codes.add(ThirdCodes.parse("codes", part.trim()));
    }
    return new ArrayList<>(codes);
  }
}
