package stockassistant.application;

/** What a batch write did: rows received, and rows written after collapsing duplicates. */
public record UpsertResult(int received, int upserted) {}
