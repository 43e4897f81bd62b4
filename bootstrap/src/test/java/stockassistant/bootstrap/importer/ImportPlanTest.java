package stockassistant.bootstrap.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stockassistant.adapters.web.codec.BodyFormat;

class ImportPlanTest {
  @TempDir
  Path dir;

  @Test
  void everyUnusablePathIsReportedAtOnce() throws IOException {
    Path unknown = file("what.csv", "a,b\n1,2\n");
    Path empty = file("empty.csv", "");
    Path notJson = file("broken.json", "{\"fields\": [\"ts_code\"");

    UnusableInput refused = catchThrowableOfType(UnusableInput.class, () -> ImportPlan.check(
        List.of(dir.resolve("missing.csv"), unknown, empty, notJson), null, null));

    assertThat(refused.problems()).hasSize(4).startsWith(
        dir.resolve("missing.csv") + ": no such file or directory",
        unknown + ": cannot tell what it holds from its columns (expected trade_date, end_date, "
            + "name, cal_date or suspend_type); use --kind",
        empty + ": is empty: CSV needs a header row naming the columns");
    assertThat(refused.problems().get(3)).startsWith(notJson + ": not valid JSON at line 1");
  }

  @Test
  void aDirectoryGivesItsCsvAndJsonFilesByNameButNotEarlierRejects() throws IOException {
    Path bars = file("b.csv", "ts_code,trade_date\n");
    Path finance = file("a.json", "[{\"ts_code\":\"000001.SZ\",\"end_date\":\"20240331\"}]");
    file("b.rejects.csv", "ts_code,trade_date\n");
    file("notes.txt", "hello");

    List<ImportFile> files = ImportPlan.check(List.of(dir), null, null);

    assertThat(files).containsExactly(
        new ImportFile(finance, BodyFormat.JSON, ImportKind.FINANCE, dir.resolve("a.rejects.json")),
        new ImportFile(bars, BodyFormat.CSV, ImportKind.BARS, dir.resolve("b.rejects.csv")));
  }

  @Test
  void rejectsGoIntoAGivenDirectoryOrAGivenFileForOneInput() throws IOException {
    Path bars = file("bars.csv", "ts_code,trade_date\n");
    Path out = Files.createDirectory(dir.resolve("out"));

    assertThat(ImportPlan.check(List.of(bars), null, out).get(0).rejects())
        .isEqualTo(out.resolve("bars.rejects.csv"));
    assertThat(ImportPlan.check(List.of(bars), ImportKind.BARS, dir.resolve("fix-me.csv")).get(0)
        .rejects()).isEqualTo(dir.resolve("fix-me.csv"));
    assertThat(catchThrowableOfType(UnusableInput.class, () -> ImportPlan.check(
        List.of(bars), null, bars)).problems()).containsExactly(
            bars + ": the rejects file would overwrite the input");
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
