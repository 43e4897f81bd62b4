package stockassistant.adapters.web.errors;

import java.util.Arrays;

/**
 * Every status a problem answer can carry, with its title and type URI: the one table of them,
 * read by the error mapping, by {@link ApiError} and by the OpenAPI document.
 */
public enum ProblemType {
  INVALID_INPUT(400, "Invalid input", "invalid-input"),
  UNAUTHORIZED(401, "Unauthorized", "unauthorized"),
  NOT_FOUND(404, "Not Found", "not-found"),
  METHOD_NOT_ALLOWED(405, "Method Not Allowed", "method-not-allowed"),
  CONFLICT(409, "Conflict", "conflict"),
  CONTENT_TOO_LARGE(413, "Content Too Large", "body-too-large"),
  URI_TOO_LONG(414, "URI Too Long", "uri-too-long"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type", "unsupported-media-type"),
  INTERNAL_ERROR(500, "Internal Server Error", null),
  UNAVAILABLE(503, "Service Unavailable", "database-unavailable"),
  // 507, not 503: no Retry-After would help, only freeing space (RFC 4918, in IANA's registry)
  INSUFFICIENT_STORAGE(507, "Insufficient Storage", "database-disk-full"),
  TIMEOUT(504, "Gateway Timeout", "query-timeout");

  private static final String BASE = "https://stock-assistant.dev/problems/";

  private final int status;
  private final String title;
  private final String type;

  ProblemType(int status, String title, String slug) {
    this.status = status;
    this.title = title;
    this.type = slug == null ? "about:blank" : BASE + slug;
  }

  /** The entry for a status; statuses outside the table read as a plain "Error". */
  public static String titleOf(int status) {
    return Arrays.stream(values()).filter(p -> p.status == status).findFirst()
        .map(ProblemType::title).orElse("Error");
  }

  public static String typeOf(int status) {
    return Arrays.stream(values()).filter(p -> p.status == status).findFirst()
        .map(p -> p.type).orElse("about:blank");
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
