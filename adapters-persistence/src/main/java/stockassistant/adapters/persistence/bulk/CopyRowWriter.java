package stockassistant.adapters.persistence.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Writes rows in PostgreSQL's binary COPY format ({@code COPY ... FROM STDIN (FORMAT binary)}):
 * a double travels as its 8 bytes and a date as a day number, so neither side formats or parses
 * text. Against text COPY this saves the JVM a {@code Double.toString} and the server a
 * {@code float8in} per value, the two largest costs of an import. Column types must match the
 * table's exactly (text for varchar, date, double precision), which {@link MetricTable} ensures.
 */
public final class CopyRowWriter {
  private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r',
      '\n', 0};
  /** PostgreSQL counts days from 2000-01-01. */
  private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
  private static final int BUFFER = 1 << 16;
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class,
      ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class,
      ByteOrder.BIG_ENDIAN);

  private final OutputStream out;
  private final short columns;
  private final byte[] buffer = new byte[BUFFER];
  private int length;
  private boolean rowStarted;

  /** Writes the file header at once; {@link #finish()} writes the trailer and flushes. */
  public CopyRowWriter(OutputStream out, int columns) {
    this.out = out;
    this.columns = (short) columns;
    System.arraycopy(SIGNATURE, 0, buffer, 0, SIGNATURE.length);
    length = SIGNATURE.length;
    putInt(0);  // flags: no OIDs
    putInt(0);  // no header extension
  }

  public CopyRowWriter text(String value) {
    field();
    if (value == null) {
      putInt(-1);
      return this;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    putInt(bytes.length);
    if (bytes.length > BUFFER / 2) {
      flush();
      write(bytes, bytes.length);
      return this;
    }
    room(bytes.length);
    System.arraycopy(bytes, 0, buffer, length, bytes.length);
    length += bytes.length;
    return this;
  }

  public CopyRowWriter date(LocalDate value) {
    field();
    if (value == null) {
      putInt(-1);
      return this;
    }
    putInt(4);
    putInt((int) (value.toEpochDay() - POSTGRES_EPOCH_DAY));
    return this;
  }

  /** The exact double, bit for bit. */
  public CopyRowWriter number(Double value) {
    return numberOrNull(value == null ? Double.NaN : value);
  }

  /** As {@link #number(Double)}, NaN standing for NULL (a stored value is never NaN). */
  public CopyRowWriter numberOrNull(double valueOrNaN) {
    field();
    if (Double.isNaN(valueOrNaN)) {
      putInt(-1);
      return this;
    }
    putInt(8);
    LONG.set(buffer, length, Double.doubleToRawLongBits(valueOrNaN));
    length += 8;
    return this;
  }

  public void endRow() {
    rowStarted = false;
  }

  /** The end-of-data marker, then everything still buffered. */
  public void finish() {
    room(2);
    putShort(-1);
    flush();
  }

  private void field() {
    room(16);
    if (!rowStarted) {
      putShort(columns);
      rowStarted = true;
    }
  }

  private void room(int bytes) {
    if (length + bytes > BUFFER) {
      flush();
    }
  }

  private void flush() {
    write(buffer, length);
    length = 0;
  }

  private void write(byte[] bytes, int count) {
    try {
      out.write(bytes, 0, count);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private void putShort(int value) {
    buffer[length++] = (byte) (value >>> 8);
    buffer[length++] = (byte) value;
  }

  private void putInt(int value) {
    INT.set(buffer, length, value);
    length += 4;
  }
}
