package stockassistant.adapters.persistence.sync;

import java.time.OffsetDateTime;
import stockassistant.domain.sync.SyncRun;

/** A sync_run row. */
public record RunRow(long id, OffsetDateTime startedAt, OffsetDateTime finishedAt, String request,
    String outcome, String message, int days, long rows, int calls, int waits, int rejected) {
  SyncRun toDomain() {
    return new SyncRun(id, startedAt.toInstant(), finishedAt == null ? null : finishedAt.toInstant(),
        request, outcome, message, days, rows, calls, waits, rejected);
  }
}
