package stockassistant.adapters.web.errors;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.JavalinDefaultRouting;
import java.util.List;
import org.slf4j.Logger;
import stockassistant.adapters.web.codec.InvalidFields;
import org.slf4j.LoggerFactory;
import stockassistant.domain.DataConflict;
import stockassistant.domain.DatabaseFull;
import stockassistant.domain.DatabaseUnavailable;
import stockassistant.domain.InvalidField;
import stockassistant.domain.QueryTimedOut;

/**
 * Every failure path to problem JSON, Javalin's own included (unknown route, wrong method).
 * Messages are for people: no stack trace, no SQL, no secret ever reaches a response.
 */
public final class ErrorMapping {
  private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

  private ErrorMapping() {}

  public static void install(JavalinDefaultRouting router) {
    router.exception(InvalidField.class, (failure, ctx) -> invalid(ctx, List.of(failure)));
    router.exception(InvalidFields.class, (failure, ctx) -> invalid(ctx, failure.failures()));
    router.exception(ApiError.class, (failure, ctx) ->
        ProblemWriter.write(ctx, Problem.of(failure.status(), failure.getMessage())));
    router.exception(JacksonException.class, ErrorMapping::unreadableBody);
    router.exception(DataConflict.class, (failure, ctx) ->
        ProblemWriter.write(ctx, Problem.of(409, failure.getMessage())));
    router.exception(DatabaseUnavailable.class, ErrorMapping::unavailable);
    router.exception(DatabaseFull.class, (failure, ctx) ->
        ProblemWriter.write(ctx, Problem.of(507, failure.getMessage())));
    router.exception(QueryTimedOut.class, (failure, ctx) ->
        ProblemWriter.write(ctx, Problem.of(504, failure.getMessage())));
    router.exception(HttpResponseException.class, (failure, ctx) ->
        ProblemWriter.write(ctx, Problem.of(failure.getStatus(),
            switch (failure.getStatus()) {
              case 404 -> "no resource at " + ctx.path();
              case 405 -> ctx.method() + " is not allowed on " + ctx.path();
              case 413 -> "the request body is larger than the configured limit";
              default -> "the request could not be handled";
            })));
    router.exception(ClientGone.class, (failure, ctx) -> {
      ClientGone.mark(ctx);
      log.debug("Client went away during {} {}", ctx.method(), ctx.path());
    });
    router.exception(Exception.class, (failure, ctx) -> {
      log.error("Unexpected failure on {} {}", ctx.method(), ctx.matchedPath(), failure);
      ProblemWriter.write(ctx, Problem.of(500,
          "an unexpected error occurred; it has been logged"));
    });
    router.error(404, ctx -> {
      if (!Problem.MEDIA_TYPE.equals(ctx.res().getContentType())) {
        ProblemWriter.write(ctx, Problem.of(404, "no resource at " + ctx.path()));
      }
    });
    router.error(405, ctx -> ProblemWriter.write(ctx, Problem.of(405,
        ctx.method() + " is not allowed on " + ctx.path())));
  }

  private static void invalid(Context ctx, List<InvalidField> failures) {
    String detail = String.join("; ", failures.stream().map(Throwable::getMessage).toList());
    List<Problem.FieldError> errors = failures.stream()
        .map(f -> new Problem.FieldError(f.field(), f.reason())).toList();
    ProblemWriter.write(ctx, Problem.invalid(detail, errors));
  }

  private static void unreadableBody(JacksonException failure, Context ctx) {
    JsonLocation where = failure.getLocation();
    String position = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    ProblemWriter.write(ctx, Problem.of(400,
        "body: the request body is not valid " + bodyKind(ctx) + position));
  }

  private static String bodyKind(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.toLowerCase().startsWith("text/csv") ? "CSV" : "JSON";
  }

  /** The persistence adapter words the failure and says when to retry (whole seconds). */
  private static void unavailable(DatabaseUnavailable failure, Context ctx) {
    ctx.header("Retry-After", String.valueOf(failure.retryAfter().toSeconds()));
    ProblemWriter.write(ctx, Problem.of(503, failure.getMessage()));
  }
}
