package stockassistant.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLineEncoderTest {

  @Test
  void writesOneMaskedJsonObjectPerLine() throws Exception {
    var context = new LoggerContext();
    var event = new LoggingEvent("x", context.getLogger("stockassistant.test"), Level.WARN,
        "connecting to {}", new IllegalStateException("password=hunter2 rejected"),
        new Object[] {"postgresql://u:hunter2@db/x"});
    var encoder = new JsonLineEncoder();

    String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

    assertThat(line).endsWith(System.lineSeparator()).doesNotContain("hunter2");
    JsonNode json = new ObjectMapper().readTree(line);
    assertThat(json.get("level").asText()).isEqualTo("WARN");
    assertThat(json.get("message").asText()).isEqualTo("connecting to postgresql://u:****@db/x");
    assertThat(json.get("error").asText()).startsWith("IllegalStateException: password=****");
  }
}
