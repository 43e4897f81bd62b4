package stockassistant.bootstrap.importer;

import java.util.List;

/**
 * A run of consecutive rows of one file, decoded: the good records ready to write, the bad rows
 * to report, and the lines the run spans. Reading makes these; writing only consumes them.
 */
record DecodedBatch<T>(List<T> records, List<BadRow> bad, long rows, long firstLine,
    long lastLine) {}
