package stockassistant.adapters.web.errors;

import java.util.List;

/** An RFC 9457 problem: what every failed request answers, as application/problem+json. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public record FieldError(String field, String reason) {}

  /** Type and title come from {@link ProblemType}, so one status always reads the same. */
  public static Problem of(int status, String detail) {
    return new Problem(ProblemType.typeOf(status), ProblemType.titleOf(status), status, detail,
        List.of());
  }

  /** A 400 naming each invalid field in {@code detail} and in {@code errors}. */
  public static Problem invalid(String detail, List<FieldError> errors) {
    return new Problem(ProblemType.typeOf(400), ProblemType.titleOf(400), 400, detail,
        List.copyOf(errors));
  }
}
