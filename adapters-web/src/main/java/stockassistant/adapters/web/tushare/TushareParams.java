package stockassistant.adapters.web.tushare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import stockassistant.adapters.web.codec.Dates;
import stockassistant.adapters.web.codec.ThirdCodes;
import stockassistant.application.DateRange;
import stockassistant.application.Window;
import stockassistant.domain.InvalidField;
import stockassistant.domain.stock.ThirdCode;

/**
 * The {@code params} of a Tushare request, read the way Tushare reads them: an absent, null or
 * empty value means "not given" (scripts pass {@code start_date=''}); dates are YYYYMMDD (ISO
 * is taken too); {@code ts_code} may list several codes separated by commas. A malformed value
 * is refused naming it ({@code params.start_date: ...}); unknown params are ignored, as Tushare
 * ignores them.
 */
final class TushareParams {
  /** Codes one request may name, as in the JSON API's lists. */
  static final int MAX_CODES = 1_000;

  private final ObjectNode params;

  private TushareParams(ObjectNode params) {
    this.params = params;
  }

  static TushareParams of(JsonNode params) {
    if (params == null || params.isNull() || params.isMissingNode()) {
      return new TushareParams(JsonNodeFactory.instance.objectNode());
    }
    if (!(params instanceof ObjectNode object)) {
      throw new InvalidField("params", "must be a JSON object of parameters, e.g. "
          + "{\"ts_code\": \"000001.SZ\"}");
    }
    return new TushareParams(object);
  }

  /** A text parameter, trimmed; null when not given. */
  String text(String name) {
    JsonNode value = params.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() && !value.isNumber()) {
      throw invalid(name, "must be a string");
    }
    String text = value.asText().trim();
    return text.isEmpty() ? null : text;
  }

  /** The codes of {@code ts_code}, comma-separated; empty when not given. */
  List<ThirdCode> codes(String name) {
    String text = text(name);
    var codes = new ArrayList<ThirdCode>();
    if (text == null) {
      return codes;
    }
    for (String code : text.split(",")) {
      if (!code.isBlank()) {
        codes.add(ThirdCodes.parse(field(name), code.trim()));
      }
    }
    if (codes.size() > MAX_CODES) {
      throw invalid(name, "at most " + MAX_CODES + " codes per request (got " + codes.size() + ")");
    }
    return codes;
  }

  LocalDate date(String name) {
    return Dates.parseOptional(field(name), text(name));
  }

  Integer integer(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException notWhole) {
      throw invalid(name, "must be a whole number, not " + quoted(text));
    }
  }

  /** A 0/1 flag such as trade_cal's is_open; null when not given. */
  Boolean flag(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    return switch (text) {
      case "1" -> true;
      case "0" -> false;
      default -> throw invalid(name, "must be 0 or 1, not " + quoted(text));
    };
  }

  /** {@code offset} and {@code limit}: which rows of the whole answer to send. */
  Window window() {
    Integer offset = integer("offset");
    Integer limit = integer("limit");
    if (offset != null && offset < 0) {
      throw invalid("offset", "must not be negative (was " + offset + ")");
    }
    if (limit != null && limit < 1) {
      throw invalid("limit", "must be at least 1 (was " + limit + ")");
    }
    return new Window(offset == null ? 0 : offset, limit);
  }

  /** start_date..end_date, refused when reversed; either end may be null (not given). */
  Span span(String startName, String endName) {
    LocalDate start = date(startName);
    LocalDate end = date(endName);
    DateRange.requireOrdered(field(startName), start, endName, end, TushareColumns::compact);
    return new Span(start, end);
  }

  /** Two dates a request gave, either of them possibly not given (null). */
  record Span(LocalDate start, LocalDate end) {}

  static String field(String name) {
    return "params." + name;
  }

  static InvalidField invalid(String name, String reason) {
    return new InvalidField(field(name), reason);
  }

  private static String quoted(String value) {
    return value.length() <= 32 ? "'" + value + "'" : "'" + value.substring(0, 32) + "...'";
  }
}
