package stockassistant.bootstrap.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.EncoderBase;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * {@code LOG_FORMAT=json}: one JSON object per line (time, level, logger, thread, message,
 * error), every text masked. Written with Jackson so escaping is never hand-rolled.
 */
public final class JsonLineEncoder extends EncoderBase<ILoggingEvent> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] NEWLINE = System.lineSeparator().getBytes(StandardCharsets.UTF_8);

  @Override
  public byte[] headerBytes() {
    return null;
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    ObjectNode line = JSON.createObjectNode();
    line.put("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
    line.put("level", event.getLevel().toString());
    line.put("logger", event.getLoggerName());
    line.put("thread", event.getThreadName());
    line.put("message", Secrets.mask(event.getFormattedMessage()));
    if (event.getThrowableProxy() != null) {
      line.put("error", OneLineThrowableConverter.describe(event.getThrowableProxy()));
    }
    try {
      byte[] body = JSON.writeValueAsBytes(line);
      byte[] withNewline = new byte[body.length + NEWLINE.length];
      System.arraycopy(body, 0, withNewline, 0, body.length);
      System.arraycopy(NEWLINE, 0, withNewline, body.length, NEWLINE.length);
      return withNewline;
    } catch (Exception failure) {
      return ("{\"level\":\"ERROR\",\"message\":\"log line could not be encoded\"}"
          + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
    }
  }

  @Override
  public byte[] footerBytes() {
    return null;
  }
}
