package stockassistant.adapters.web.backups;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import stockassistant.adapters.web.http.Responses;
import stockassistant.adapters.web.http.Route;
import stockassistant.application.backup.Backups;
import stockassistant.domain.backup.Backup;

/**
 * /api/v1/backups: the backups in STOCK_BACKUP_DIR, newest first. Read from the manifests on
 * disk, no database work; names only, never the directory's path.
 */
public final class BackupRoutes {
  private final Backups backups;

  public BackupRoutes(Backups backups) {
    this.backups = backups;
  }

  public List<Route> routes() {
    return Route.tagged("Backups",
        Route.get("/api/v1/backups", "List backups", this::list)
            .operationId("listBackups")
            .describe("The complete backups in the backup directory, newest first, as their "
                + "manifests describe them. verified_at is when a check (the scheduled one, or "
                + "backup --verify) last passed; null when none has.")
            .returns("BackupList"));
  }

  private void list(Context ctx) throws Exception {
    List<Map<String, Object>> items = backups.list().stream().map(BackupRoutes::item).toList();
    Responses.fields(ctx, "items", items);
  }

  private static Map<String, Object> item(Backup backup) {
    var item = new LinkedHashMap<String, Object>();
    item.put("name", backup.name());
    item.put("snapshot_time", backup.snapshotTime().toString());
    item.put("schema_version", backup.schemaVersion());
    item.put("tables", backup.tables());
    item.put("rows", backup.rows());
    item.put("bytes", backup.bytes());
    item.put("verified_at", backup.verifiedAt().map(Object::toString).orElse(null));
    return item;
  }
}
