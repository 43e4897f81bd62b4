package stockassistant.adapters.persistence.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * Writes rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for NULL, backslash
 * escapes for the characters that would break a line or a field.
 */
public final class CopyRowWriter {
  private final Writer out;
  private boolean firstField = true;

  public CopyRowWriter(Writer out) {
    this.out = out;
  }

  public CopyRowWriter text(String value) {
    separator();
    if (value == null) {
      write("\\N");
      return this;
    }
    var escaped = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        default -> escaped.append(ch);
      }
    }
    write(escaped.toString());
    return this;
  }

  public CopyRowWriter date(LocalDate value) {
    separator();
    write(value == null ? "\\N" : value.toString());
    return this;
  }

  /** Shortest decimal that reads back as the same double, so values survive the trip exactly. */
  public CopyRowWriter number(Double value) {
    separator();
    write(value == null ? "\\N" : Double.toString(value));
    return this;
  }

  public void endRow() {
    write("\n");
    firstField = true;
  }

  private void separator() {
    if (!firstField) {
      write("\t");
    }
    firstField = false;
  }

  private void write(String text) {
    try {
      out.write(text);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
