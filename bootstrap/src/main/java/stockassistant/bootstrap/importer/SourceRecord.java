package stockassistant.bootstrap.importer;

import java.util.Map;

/**
 * One row of an input file: its line (for error messages) and its values by column name. Values
 * are Strings from CSV, or numbers, strings and nulls from JSON.
 */
public record SourceRecord(long line, Map<String, Object> values) {}
