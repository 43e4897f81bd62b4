package stockassistant.bootstrap.importer;

import com.fasterxml.jackson.core.JacksonException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import stockassistant.adapters.web.codec.BodyFormat;
import stockassistant.adapters.web.codec.FileBatches;
import stockassistant.adapters.web.codec.RecordSource;
import stockassistant.domain.InvalidField;

/**
 * The files an import will read, every one checked before a database is started: it exists, its
 * start is CSV or JSON of a known layout, what it holds is known, and its rejects file can be
 * written. Every problem is reported at once, so one run finds them all.
 */
public final class ImportPlan {
  private static final String REJECTS = ".rejects";

  private ImportPlan() {}

  /**
   * @param forcedKind what every file holds, or null to detect it from each file's columns
   * @param rejects where bad rows go: null for beside each input, a directory, or (for one input) a file
   */
  public static List<ImportFile> check(List<Path> paths, ImportKind forcedKind, Path rejects) {
    var problems = new ArrayList<String>();
    List<Path> inputs = expand(paths, problems);
    if (rejects != null && !Files.isDirectory(rejects) && inputs.size() > 1) {
      problems.add("--rejects " + rejects + ": with several input files it must be an existing "
          + "directory");
    }
    var files = new ArrayList<ImportFile>();
    for (Path input : inputs) {
      try {
        files.add(checkFile(input, forcedKind, rejectsPath(input, rejects)));
      } catch (IllegalArgumentException unusable) {
        problems.add(input + ": " + unusable.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new UnusableInput(problems);
    }
    return files;
  }

  /** Files as given, and the .csv/.json files under directories (rejects files aside), by name. */
  private static List<Path> expand(List<Path> paths, List<String> problems) {
    var files = new ArrayList<Path>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> found = importableUnder(path, problems);
        if (found.isEmpty()) {
          problems.add(path + ": holds no .csv or .json file");
        }
        files.addAll(found);
      } else if (!Files.exists(path)) {
        problems.add(path + ": no such file or directory");
      } else if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
        problems.add(path + ": not a readable file");
      } else {
        files.add(path);
      }
    }
    return files;
  }

  private static List<Path> importableUnder(Path directory, List<String> problems) {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile).filter(ImportPlan::isImportable).sorted().toList();
    } catch (IOException | UncheckedIOException unreadable) {
      problems.add(directory + ": cannot be listed (" + unreadable.getMessage() + ")");
      return List.of();
    }
  }

  /** A rejects file from an earlier run is imported only when named on purpose. */
  private static boolean isImportable(Path file) {
    String name = lowerName(file);
    return (name.endsWith(".csv") || name.endsWith(".json"))
        && !name.endsWith(REJECTS + ".csv") && !name.endsWith(REJECTS + ".json");
  }

  private static ImportFile checkFile(Path input, ImportKind forcedKind, Path rejects) {
    BodyFormat format = lowerName(input).endsWith(".json") ? BodyFormat.JSON : BodyFormat.CSV;
    List<String> columns;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(input));
        RecordSource source = RecordSource.open(in, format)) {
      columns = source.columns();
    } catch (InvalidField shape) {
      throw new IllegalArgumentException(shape.field().equals("body") ? shape.reason()
          : shape.getMessage());
    } catch (JacksonException malformed) {
      throw new IllegalArgumentException(FileBatches.unreadable(format, malformed));
    } catch (IOException unreadable) {
      throw new IllegalArgumentException("cannot be read: " + unreadable.getMessage());
    }
    ImportKind kind = forcedKind != null ? forcedKind : ImportKind.detect(columns);
    if (rejects.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("the rejects file would overwrite the input");
    }
    Path directory = rejects.toAbsolutePath().getParent();
    if (directory == null || !Files.isDirectory(directory) || !Files.isWritable(directory)) {
      throw new IllegalArgumentException("its rejects file " + rejects + " cannot be written "
          + "there; use --rejects DIR");
    }
    return new ImportFile(input, format, kind, rejects);
  }

  /** bars.csv's bad rows go to bars.rejects.csv: beside it, or in the --rejects directory. */
  private static Path rejectsPath(Path input, Path rejects) {
    if (rejects != null && !Files.isDirectory(rejects)) {
      return rejects;
    }
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String rejectsName = dot > 0 ? name.substring(0, dot) + REJECTS + name.substring(dot)
        : name + REJECTS;
    return rejects != null ? rejects.resolve(rejectsName) : input.resolveSibling(rejectsName);
  }

  private static String lowerName(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT);
  }
}
