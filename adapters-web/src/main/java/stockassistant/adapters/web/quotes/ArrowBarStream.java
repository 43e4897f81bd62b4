package stockassistant.adapters.web.quotes;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import stockassistant.adapters.web.errors.ClientGone;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarPage;

/**
 * Bars as an Apache Arrow IPC stream ({@code application/vnd.apache.arrow.stream}), written with
 * Arrow Java's own writer: one record batch per page (at most a page's 2,000 rows, so memory is
 * bounded whatever the answer's size), typed columns in the JSON answer's order: third_code
 * utf8, trade_date date32, each metric float64 with nulls, source utf8 (not on weekly / monthly
 * bars, which have none), then stock_name utf8 on a cross-section. pyarrow, polars and pandas
 * read it as it is.
 *
 * <p>Nothing is written before the first page (or {@link #finish}), so a failure before any row
 * still gets a problem answer; {@link #close} frees the batch's memory whatever happened.
 */
final class ArrowBarStream implements BarSink {
  public static final String MEDIA_TYPE = "application/vnd.apache.arrow.stream";
  /** Bounds the memory of every Arrow answer in flight together. */
  private static final BufferAllocator ROOT = new RootAllocator(256L << 20);
  private static final ArrowType UTF8 = new ArrowType.Utf8();
  private static final ArrowType FLOAT64 = new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);

  private final Context ctx;
  private final List<BarMetric> metrics;
  private final boolean names;
  private final boolean source;
  private BufferAllocator allocator;
  private VectorSchemaRoot root;
  private ArrowStreamWriter writer;
  private OutputStream out;

  ArrowBarStream(Context ctx, Set<BarMetric> metrics, boolean names) {
    this(ctx, metrics, names, true);
  }

  /** @param source whether the rows have a source column (period bars have none) */
  ArrowBarStream(Context ctx, Set<BarMetric> metrics, boolean names, boolean source) {
    this.ctx = ctx;
    this.metrics = List.copyOf(metrics.isEmpty() ? Set.of() : EnumSet.copyOf(metrics));
    this.names = names;
    this.source = source;
  }

  static Schema schema(List<BarMetric> metrics, boolean names) {
    return schema(metrics, names, true);
  }

  static Schema schema(List<BarMetric> metrics, boolean names, boolean source) {
    var fields = new ArrayList<Field>();
    fields.add(new Field("third_code", FieldType.notNullable(UTF8), null));
    fields.add(new Field("trade_date", FieldType.notNullable(new ArrowType.Date(DateUnit.DAY)), null));
    for (BarMetric metric : metrics) {
      fields.add(new Field(metric.column(), FieldType.nullable(FLOAT64), null));
    }
    if (source) {
      fields.add(new Field("source", FieldType.nullable(UTF8), null));
    }
    if (names) {
      fields.add(new Field("stock_name", FieldType.nullable(UTF8), null));
    }
    return new Schema(fields);
  }

  @Override
  public void accept(BarPage page) {
    try {
      start();
      root.allocateNew();
      var codes = (VarCharVector) root.getVector(0);
      var days = (DateDayVector) root.getVector(1);
      byte[] code = null;
      String lastCode = null;
      for (int row = 0; row < page.size(); row++) {
        if (!page.code(row).equals(lastCode)) {
          lastCode = page.code(row);
          code = lastCode.getBytes(StandardCharsets.UTF_8);
        }
        codes.setSafe(row, code);
        days.setSafe(row, page.epochDay(row));
      }
      for (int column = 0; column < metrics.size(); column++) {
        var values = (Float8Vector) root.getVector(2 + column);
        int at = page.metrics().indexOf(metrics.get(column));
        for (int row = 0; row < page.size(); row++) {
          double value = at < 0 ? Double.NaN : page.value(at, row);
          if (Double.isNaN(value)) {
            values.setNull(row);
          } else {
            values.setSafe(row, value);
          }
        }
      }
      int next = 2 + metrics.size();
      if (source) {
        text((VarCharVector) root.getVector(next++), page, false);
      }
      if (names) {
        text((VarCharVector) root.getVector(next), page, true);
      }
      root.setRowCount(page.size());
      writer.writeBatch();
    } catch (IOException clientGone) {
      throw new ClientGone(clientGone);
    }
  }

  private static void text(VarCharVector vector, BarPage page, boolean stockName) {
    String last = null;
    byte[] bytes = null;
    for (int row = 0; row < page.size(); row++) {
      String value = stockName ? page.stockName(row) : page.source(row);
      if (value == null) {
        vector.setNull(row);
        continue;
      }
      if (!value.equals(last)) {
        last = value;
        bytes = value.getBytes(StandardCharsets.UTF_8);
      }
      vector.setSafe(row, bytes);
    }
  }

  @Override
  public void finish() {
    try {
      start();
      writer.end();
      out.close();
    } catch (IOException clientGone) {
      throw new ClientGone(clientGone);
    } finally {
      close();
    }
  }

  @Override
  public void close() {
    if (root != null) {
      root.close();
      root = null;
    }
    if (allocator != null) {
      allocator.close();
      allocator = null;
    }
  }

  private void start() throws IOException {
    if (writer != null) {
      return;
    }
    ctx.contentType(MEDIA_TYPE);
    out = ctx.res().getOutputStream();
    allocator = ROOT.newChildAllocator("bars", 0, 64L << 20);
    root = VectorSchemaRoot.create(schema(metrics, names, source), allocator);
    writer = new ArrowStreamWriter(root, null, Channels.newChannel(out));
    writer.start();
  }
}
