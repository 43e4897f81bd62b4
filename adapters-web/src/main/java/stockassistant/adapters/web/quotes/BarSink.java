package stockassistant.adapters.web.quotes;

import io.javalin.http.Context;
import java.util.Set;
import java.util.function.Consumer;
import stockassistant.adapters.web.codec.Columns;
import stockassistant.adapters.web.http.ItemStream;
import stockassistant.adapters.web.http.MediaTypes;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarPage;

/**
 * A wire format of bars, fed from the pages a read hands over (after each page's database work
 * ended), then finished once: every bar route writes through one of these.
 */
interface BarSink extends Consumer<BarPage>, AutoCloseable {

  /** Ends the answer (an empty list when no page came). */
  void finish();

  /** Frees what the sink holds, finished or not (Arrow's buffers); nothing for most. */
  @Override
  default void close() {}

  /**
   * The format the client asked for: an Arrow IPC stream of these metrics (and stock names),
   * CSV under these columns' header, or JSON, both written from the page's columns.
   */
  static BarSink negotiated(Context ctx, Columns<?> csvColumns, Set<BarMetric> metrics,
      boolean names) {
    if (MediaTypes.accepts(ctx, ArrowBarStream.MEDIA_TYPE)) {
      return new ArrowBarStream(ctx, metrics, names);
    }
    return MediaTypes.wantsCsv(ctx) ? BarPageStream.csv(ctx, csvColumns.names())
        : new BarPageStream(ctx);
  }

  /** Row by row through {@link ItemStream} (JSON objects or CSV, by its columns). */
  static <T> BarSink rows(ItemStream<T> stream, RowOf<T> row) {
    return new BarSink() {
      @Override
      public void accept(BarPage page) {
        for (int i = 0; i < page.size(); i++) {
          stream.accept(row.of(page, i));
        }
      }

      @Override
      public void finish() {
        stream.finish();
      }
    };
  }

  /** One row of a page as the record a {@link Columns} reads. */
  @FunctionalInterface
  interface RowOf<T> {
    T of(BarPage page, int row);
  }
}
