package stockassistant.application.ingest;

import java.util.List;

/**
 * A run of consecutive rows of one input, decoded: the good records ready to write, what is wrong
 * with each bad row ({@code file:line: field: reason}), and the lines the run spans. Reading makes
 * these; writing only consumes them.
 */
public record DecodedBatch<T>(List<T> records, List<String> bad, long rows, long firstLine,
    long lastLine) {}
