package stockassistant.adapters.web.errors;

import java.util.List;

/** An RFC 9457 problem: what every failed request answers, as application/problem+json. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public record FieldError(String field, String reason) {}

  public static Problem of(int status, String title, String detail) {
    return new Problem(typeFor(status), title, status, detail, List.of());
  }

  /** A 400 naming each invalid field in {@code detail} and in {@code errors}. */
  public static Problem invalid(String detail, List<FieldError> errors) {
    return new Problem(typeFor(400), "Invalid input", 400, detail, List.copyOf(errors));
  }

  private static String typeFor(int status) {
    return switch (status) {
      case 400 -> "https://stock-assistant.dev/problems/invalid-input";
      case 401 -> "https://stock-assistant.dev/problems/unauthorized";
      case 404 -> "https://stock-assistant.dev/problems/not-found";
      case 405 -> "https://stock-assistant.dev/problems/method-not-allowed";
      case 409 -> "https://stock-assistant.dev/problems/conflict";
      case 413 -> "https://stock-assistant.dev/problems/body-too-large";
      case 415 -> "https://stock-assistant.dev/problems/unsupported-media-type";
      case 503 -> "https://stock-assistant.dev/problems/database-unavailable";
      case 504 -> "https://stock-assistant.dev/problems/query-timeout";
      default -> "about:blank";
    };
  }
}
