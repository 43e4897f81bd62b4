package stockassistant.adapters.persistence.session;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.ibatis.cursor.Cursor;
import stockassistant.adapters.persistence.resilience.ResultAlreadyDelivered;

/** Hands the rows of a MyBatis cursor to a sink one at a time, and always closes the cursor. */
public final class CursorStream {
  private CursorStream() {}

  /**
   * Once a row has reached the sink the read must not be retried (the sink would see rows
   * twice), so a later failure is wrapped in {@link ResultAlreadyDelivered}.
   */
  public static <R, T> void drain(Cursor<R> cursor, Function<R, T> convert, Consumer<T> sink) {
    boolean delivered = false;
    try (cursor) {
      for (R row : cursor) {
        sink.accept(convert.apply(row));
        delivered = true;
      }
    } catch (IOException closeFailure) {
      throw new ResultAlreadyDelivered(closeFailure);
    } catch (RuntimeException failure) {
      throw delivered ? new ResultAlreadyDelivered(failure) : failure;
    }
  }
}
