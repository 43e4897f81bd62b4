package stockassistant.adapters.web.codec;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.nio.charset.StandardCharsets;

/**
 * Writes a double as JSON bytes, exactly as the rest of the API does (Jackson's fast writer:
 * the shortest decimal that reads back as the same double, in {@code Double.toString}'s layout:
 * {@code 10.5}, {@code 100.0}, {@code 1.0E7}).
 *
 * <p>Market data is mostly prices, ratios and share counts with a few decimal places. For those
 * (10^-3 <= |v| < 10^11 and v a multiple of 10^-4) the digits are those of a long, printed
 * directly (plain below 10^7, {@code d.dddE n} from there, as Java does), which is several times
 * cheaper than the general shortest-decimal search; every other value takes Jackson's writer.
 * Below 10^11 a double's spacing is under 10^-4 / 2, so no shorter decimal can name the same
 * double and these digits are the shortest. The two agree digit for digit (JsonNumbersTest).
 */
public final class JsonNumbers {
  private static final double SCALE = 10_000;
  private static final int PLACES = 4;

  private JsonNumbers() {}

  /** Writes {@code value} (finite) at {@code at}; needs 32 bytes of room; returns the new end. */
  public static int write(double value, byte[] out, int at) {
    if (value == 0) {
      return ascii(Double.doubleToRawLongBits(value) < 0 ? "-0.0" : "0.0", out, at);
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-3 && magnitude < 1e11) {
      double scaled = Math.rint(magnitude * SCALE);
      if (scaled / SCALE == magnitude) {
        if (value < 0) {
          out[at++] = '-';
        }
        return magnitude < 1e7 ? fixed((long) scaled, out, at) : scientific((long) scaled, out, at);
      }
    }
    return ascii(NumberOutput.toString(value, true), out, at);
  }

  /** {@code units / 10^4} (at least 10^7) as Java writes it: {@code 3.1E7}, {@code 1.2345678E8}. */
  private static int scientific(long units, byte[] out, int at) {
    int removed = 0;
    while (units % 10 == 0) {
      units /= 10;
      removed++;
    }
    // the digits go one place to the right; the first moves left over the gap, then the point
    int end = digits(units, out, at + 1);
    int count = end - at - 1;
    out[at] = out[at + 1];
    out[at + 1] = '.';
    if (count == 1) {
      out[end++] = '0';
    }
    out[end++] = 'E';
    return digits(count - 1 + removed - PLACES, out, end);
  }

  /** {@code units / 10^4} as digits, '.', and the fraction without trailing zeros (at least one). */
  private static int fixed(long units, byte[] out, int at) {
    long whole = units / (long) SCALE;
    int fraction = (int) (units % (long) SCALE);
    at = digits(whole, out, at);
    out[at++] = '.';
    if (fraction == 0) {
      out[at++] = '0';
      return at;
    }
    int places = PLACES;
    while (fraction % 10 == 0) {
      fraction /= 10;
      places--;
    }
    for (int i = places - 1; i >= 0; i--) {
      out[at + i] = (byte) ('0' + fraction % 10);
      fraction /= 10;
    }
    return at + places;
  }

  private static int digits(long value, byte[] out, int at) {
    int count = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      count++;
    }
    for (int i = count - 1; i >= 0; i--) {
      out[at + i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    return at + count;
  }

  private static int ascii(String text, byte[] out, int at) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, out, at, bytes.length);
    return at + bytes.length;
  }
}
