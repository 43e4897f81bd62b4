package stockassistant.domain.quote;

/**
 * The first page of a bar query with the table's write version of the same read: what an
 * answer labelled with its version (an HTTP ETag) needs, never older than its label.
 */
public record VersionedBarPage(long writeVersion, BarPage page) {}
