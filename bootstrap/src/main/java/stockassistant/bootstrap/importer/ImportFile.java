package stockassistant.bootstrap.importer;

import java.nio.file.Path;
import stockassistant.adapters.web.codec.BodyFormat;

/** One input file, checked before anything starts: its format, what it holds, where its bad rows go. */
public record ImportFile(Path path, BodyFormat format, ImportKind kind, Path rejects) {}
