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

  /** 10^n at n, up to 10^18. */
  private static final long[] POWERS = new long[19];
  /** "00" to "99", two bytes each. */
  private static final byte[] PAIRS = new byte[200];

  static {
    POWERS[0] = 1;
    for (int n = 1; n < POWERS.length; n++) {
      POWERS[n] = POWERS[n - 1] * 10;
    }
    for (int i = 0; i < 100; i++) {
      PAIRS[2 * i] = (byte) ('0' + i / 10);
      PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
    }
  }

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

  /**
   * {@code value} (>= 0) in decimal. Two digits per division, in int arithmetic once the value
   * fits: the digit-at-a-time long version was ~15 % of a range read's CPU (docs/BENCHMARKS.md).
   */
  private static int digits(long value, byte[] out, int at) {
    int count = 1;
    while (count < POWERS.length && value >= POWERS[count]) {
      count++;
    }
    int end = at + count;
    int i = end;
    while (value > Integer.MAX_VALUE) {
      long rest = value / 100;
      int pair = (int) (value - rest * 100) << 1;
      out[--i] = PAIRS[pair + 1];
      out[--i] = PAIRS[pair];
      value = rest;
    }
    int small = (int) value;
    while (small >= 100) {
      int rest = small / 100;
      int pair = (small - rest * 100) << 1;
      out[--i] = PAIRS[pair + 1];
      out[--i] = PAIRS[pair];
      small = rest;
    }
    if (small >= 10) {
      out[--i] = PAIRS[(small << 1) + 1];
      out[--i] = PAIRS[small << 1];
    } else {
      out[--i] = (byte) ('0' + small);
    }
    return end;
  }

  private static int ascii(String text, byte[] out, int at) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, out, at, bytes.length);
    return at + bytes.length;
  }
}
