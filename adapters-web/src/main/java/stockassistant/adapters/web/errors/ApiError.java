package stockassistant.adapters.web.errors;

/** A request the web layer itself refuses (bad shape, missing resource, wrong media type...). */
public final class ApiError extends RuntimeException {
  private final int status;

  private ApiError(ProblemType type, String detail) {
    super(detail, null, false, false);
    this.status = type.status();
  }

  public static ApiError notFound(String detail) {
    return new ApiError(ProblemType.NOT_FOUND, detail);
  }

  public static ApiError unauthorized(String detail) {
    return new ApiError(ProblemType.UNAUTHORIZED, detail);
  }

  public static ApiError tooLarge(String detail) {
    return new ApiError(ProblemType.CONTENT_TOO_LARGE, detail);
  }

  public static ApiError unsupportedMediaType(String detail) {
    return new ApiError(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
  }

  public static ApiError unavailable(String detail) {
    return new ApiError(ProblemType.UNAVAILABLE, detail);
  }

  public int status() {
    return status;
  }
}
