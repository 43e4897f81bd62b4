package stockassistant.adapters.web.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;

/** The one Jackson setup of the web layer: strict reading, no silent coercions. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
      // Schubfach instead of Double.toString: a bar list is mostly doubles
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      // and FastDoubleParser (exactly rounded, as the JDK's) instead of Double.parseDouble: a
      // synced day is ~80,000 numbers, and the JDK's parser was its largest cost
      .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
      .build())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * Parses request bodies and import files. NaN and Infinity get past the parser only so that
   * {@link NonFiniteNumbers} can refuse them by field name with the fix (Python's json.dumps writes
   * them), instead of a bare "not valid JSON".
   */
  private static final JsonFactory BODIES = MAPPER.getFactory().rebuild()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
  /** Reads one value mid-stream; what follows it is the caller's business, not an error. */
  static final ObjectReader ONE_VALUE =
      MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {}

  static JsonParser bodyParser(InputStream body) throws IOException {
    return BODIES.createParser(body);
  }

  /** A whole small body as a tree; null when the body is empty. NaN anywhere is refused. */
  public static JsonNode readBody(InputStream body) throws IOException {
    try (JsonParser parser = bodyParser(body)) {
      JsonNode node = MAPPER.reader().readTree(parser);
      if (node != null && !node.isMissingNode()) {
        NonFiniteNumbers.refuse(node, "");
      }
      return node;
    }
  }
}
