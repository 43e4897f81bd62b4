package stockassistant.adapters.web.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonNumbersTest {

  @Test
  void writesWhatJacksonsFastWriterWritesForMarketLikeValues() {
    var random = new SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      int places = random.nextInt(6);
      double value = random.nextLong(-2_000_000_000_000L, 2_000_000_000_000L)
          / Math.pow(10, places + random.nextInt(4));
      assertSameAsJackson(value);
    }
  }

  @Test
  void writesWhatJacksonsFastWriterWritesForShareCountsAndMarketValues() {
    var random = new SplittableRandom(13);
    for (int i = 0; i < 200_000; i++) {
      double value = random.nextLong(10_000_000L, 200_000_000_000_000L)
          / Math.pow(10, random.nextInt(5));
      assertSameAsJackson(random.nextBoolean() ? value : -value);
    }
  }

  @Test
  void writesWhatJacksonsFastWriterWritesForArbitraryDoubles() {
    var random = new SplittableRandom(11);
    for (int i = 0; i < 200_000; i++) {
      assertSameAsJackson(Double.longBitsToDouble(random.nextLong()));
      assertSameAsJackson(random.nextDouble() * Math.pow(10, random.nextInt(-6, 12)));
    }
  }

  @Test
  void writesTheEdgesOfThePlainLayout() {
    for (double value : new double[] {0.0, -0.0, 1e-3, 0.001, 9.999999e6, 1e7, 9_999_999.9999,
        100.0, 10.5, -3.25, 0.0005, 123456.7891, 1e-4, 5e-324, Double.MAX_VALUE, 0.1 + 0.2,
        3.1e7, 31_000_000.5, 1.2345e8, 99_999_999_999.9999, 1e11, -4.5e9, 10_000_000.0001,
        123_456_789_012.0,
        // digits on both sides of the int fast path (2^31 - 1 digits, then 2^31) and 1 to 12 digits
        21_474_836.47, 21_474_836.48, 214_748.3647, 214_748.3648, 9.0, 99.0, 999.0, 9_999.9999,
        1.0000999e7, 12_345_678_901.2345, 99_999_999_999.0}) {
      assertSameAsJackson(value);
    }
  }

  private static void assertSameAsJackson(double value) {
    if (!Double.isFinite(value)) {
      return;
    }
    byte[] out = new byte[40];
    int end = JsonNumbers.write(value, out, 3);
    assertThat(new String(out, 3, end - 3, StandardCharsets.US_ASCII)).as("%s", value)
        .isEqualTo(NumberOutput.toString(value, true));
  }
}
