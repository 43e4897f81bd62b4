package stockassistant.adapters.web.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/** Reads an Arrow answer with Arrow's own reader and holds it against the JSON answer. */
final class ArrowAnswers {
  private ArrowAnswers() {}

  /** Types, nulls, order and every value; returns the rows read. */
  static int assertSameAsJson(byte[] stream, JsonNode items, String what) {
    return assertSameAsJson(stream, items, what, true);
  }

  /**
   * @param onePerPage whether each batch is a full page of rows but the last (daily bars);
   *     period bars are cut from the daily pages, so their batches are smaller
   */
  static int assertSameAsJson(byte[] stream, JsonNode items, String what, boolean onePerPage) {
    int at = 0;
    int batches = 0;
    try (BufferAllocator allocator = new RootAllocator();
        ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(stream), allocator)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      List<Field> fields = root.getSchema().getFields();
      assertThat(fields.get(0).getName()).isEqualTo("third_code");
      assertThat(fields.get(0).getType()).isEqualTo(new ArrowType.Utf8());
      assertThat(fields.get(1).getName()).isEqualTo("trade_date");
      assertThat(fields.get(1).getType()).isEqualTo(new ArrowType.Date(DateUnit.DAY));
      if (items.size() > 0) {
        var jsonNames = new ArrayList<String>();
        items.get(0).fieldNames().forEachRemaining(jsonNames::add);
        assertThat(fields).extracting(Field::getName).as(what + ": the JSON's columns, in order")
            .containsExactlyElementsOf(jsonNames);
      }
      while (reader.loadNextBatch()) {
        batches++;
        assertThat(root.getRowCount()).as("a batch is at most a page").isBetween(1, 2_000);
        for (int row = 0; row < root.getRowCount(); row++, at++) {
          JsonNode item = items.get(at);
          assertThat(item).as(what + " row " + at + " exists in JSON").isNotNull();
          for (FieldVector vector : root.getFieldVectors()) {
            assertValue(vector, row, item.get(vector.getName()), what + " row " + at);
          }
        }
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    if (onePerPage) {
      assertThat(batches).as(what + ": one batch per page").isEqualTo((at + 1_999) / 2_000);
    }
    return at;
  }

  private static void assertValue(FieldVector vector, int row, JsonNode json, String where) {
    String column = where + " " + vector.getName();
    assertThat(json).as(column + " is in the JSON").isNotNull();
    if (json.isNull()) {
      assertThat(vector.isNull(row)).as(column + " null").isTrue();
      return;
    }
    assertThat(vector.isNull(row)).as(column + " not null").isFalse();
    if (vector instanceof Float8Vector doubles) {
      assertThat(vector.getField().getType())
          .isEqualTo(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE));
      assertThat(doubles.get(row)).as(column).isEqualTo(json.asDouble());
    } else if (vector instanceof DateDayVector days) {
      assertThat(LocalDate.ofEpochDay(days.get(row)).toString()).as(column).isEqualTo(json.asText());
    } else if (vector instanceof VarCharVector text) {
      assertThat(new String(text.get(row), java.nio.charset.StandardCharsets.UTF_8)).as(column)
          .isEqualTo(json.asText());
    } else {
      throw new AssertionError(column + ": unexpected vector " + vector.getClass());
    }
  }
}
