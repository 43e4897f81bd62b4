package stockassistant.adapters.persistence.session;

import java.util.function.Consumer;
import org.apache.ibatis.session.ResultHandler;
import stockassistant.adapters.persistence.resilience.ResultAlreadyDelivered;

/** Hands query rows to a sink one at a time, as MyBatis reads them. */
public final class StreamedRows {
  private StreamedRows() {}

  /**
   * Runs {@code query} with a result handler that passes each row to the sink. Once a row has
   * reached the sink the read must not be retried (the sink would see rows twice), so a later
   * failure is wrapped in {@link ResultAlreadyDelivered}.
   */
  public static <T> void handle(Consumer<ResultHandler<T>> query, Consumer<T> sink) {
    boolean[] delivered = {false};
    try {
      query.accept(context -> {
        sink.accept(context.getResultObject());
        delivered[0] = true;
      });
    } catch (RuntimeException failure) {
      throw delivered[0] ? new ResultAlreadyDelivered(failure) : failure;
    }
  }
}
