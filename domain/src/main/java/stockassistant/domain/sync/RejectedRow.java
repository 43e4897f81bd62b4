package stockassistant.domain.sync;

import java.time.LocalDate;

/**
 * An upstream row the sync did not store: which api sent it, for which day (null when the call
 * was not about a day), the row as sent, and the rule it broke.
 */
public record RejectedRow(String api, LocalDate day, String row, String reason) {}
