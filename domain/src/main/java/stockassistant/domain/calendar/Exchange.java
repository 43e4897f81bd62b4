package stockassistant.domain.calendar;

import stockassistant.domain.InvalidField;

/** The A-share exchanges, by Tushare's names; each keeps its own trading calendar. */
public enum Exchange {
  SSE,
  SZSE,
  BSE;

  /** SSE, SZSE or BSE; anything else is refused naming {@code field}. */
  public static Exchange parse(String field, String value) {
    for (Exchange exchange : values()) {
      if (exchange.name().equals(value)) {
        return exchange;
      }
    }
    throw new InvalidField(field, "must be SSE, SZSE or BSE, not '" + value + "'");
  }
}
