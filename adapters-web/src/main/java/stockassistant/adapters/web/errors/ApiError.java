package stockassistant.adapters.web.errors;

/** A request the web layer itself refuses (bad shape, missing resource, wrong media type...). */
public final class ApiError extends RuntimeException {
  private final int status;
  private final String title;

  private ApiError(int status, String title, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
  }

  public static ApiError notFound(String detail) {
    return new ApiError(404, "Not Found", detail);
  }

  public static ApiError badRequest(String detail) {
    return new ApiError(400, "Invalid input", detail);
  }

  public static ApiError unauthorized(String detail) {
    return new ApiError(401, "Unauthorized", detail);
  }

  public static ApiError tooLarge(String detail) {
    return new ApiError(413, "Content Too Large", detail);
  }

  public static ApiError unsupportedMediaType(String detail) {
    return new ApiError(415, "Unsupported Media Type", detail);
  }

  public static ApiError unavailable(String detail) {
    return new ApiError(503, "Service Unavailable", detail);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
