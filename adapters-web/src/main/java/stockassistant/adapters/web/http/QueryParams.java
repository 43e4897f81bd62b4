package stockassistant.adapters.web.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import stockassistant.adapters.web.codec.Dates;
import stockassistant.domain.InvalidField;

/** Typed query parameters; a malformed one is a 400 naming it. */
public final class QueryParams {
  private QueryParams() {}

  public static int integer(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException notANumber) {
      throw new InvalidField(name, "must be a whole number");
    }
  }

  public static LocalDate date(Context ctx, String name) {
    return Dates.parseOptional(name, ctx.queryParam(name));
  }

  public static LocalDate requiredDate(Context ctx, String name) {
    LocalDate value = date(ctx, name);
    if (value == null) {
      throw new InvalidField(name, "is required (YYYY-MM-DD or YYYYMMDD)");
    }
    return value;
  }
}
