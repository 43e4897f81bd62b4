package stockassistant.adapters.web.calendar;

import stockassistant.adapters.web.codec.Fields;
import stockassistant.domain.InvalidField;
import stockassistant.domain.calendar.Suspension;

/**
 * A suspension record on the wire, by Tushare's suspend_d names: ts_code (or third_code),
 * trade_date, suspend_timing, suspend_type (S suspended, R resumed; S when absent).
 */
public final class SuspensionCodec {
  private SuspensionCodec() {}

  public static Suspension fromFields(Fields fields) {
    return new Suspension(fields.thirdCode("third_code"), fields.requiredDate("trade_date"),
        fields.text("suspend_timing"), type(fields.text("suspend_type")));
  }

  /** S or R, as Tushare sends it. */
  public static Suspension.SuspendType type(String value) {
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "S" -> Suspension.SuspendType.S;
      case "R" -> Suspension.SuspendType.R;
      default -> throw new InvalidField("suspend_type",
          "must be S (suspended) or R (resumed), not '" + value + "'");
    };
  }
}
