package stockassistant.adapters.web.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The OpenAPI component schemas of {@code /api/v1/sync}. */
public final class SyncSchemas {
  private SyncSchemas() {}

  public static void addTo(ObjectNode schemas) {
    ObjectNode request = schemas.putObject("SyncRequest");
    request.put("type", "object");
    request.put("description", "What to sync; every field optional: from the day after the "
        + "newest stored day (a year back on an empty store) to today, every part");
    ObjectNode properties = request.putObject("properties");
    String date = "^([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{8})$";
    properties.putObject("from").put("type", "string").put("pattern", date)
        .put("example", "20240102");
    properties.putObject("to").put("type", "string").put("pattern", date)
        .put("example", "20241231");
    ObjectNode only = properties.putObject("only").put("type", "array");
    only.putObject("items").put("type", "string").putArray("enum").add("stocks").add("bars")
        .add("finance");
    properties.putObject("refresh").put("type", "boolean")
        .put("description", "fetch the from..to days again even when stored (needs from)");
    ObjectNode asked = request.putObject("example").put("from", "20240102").put("to", "20240131");
    asked.putArray("only").add("bars");
    asked.put("refresh", false);

    ObjectNode status = schemas.putObject("SyncStatus");
    status.put("type", "object");
    status.put("description", "running; last_run (id, started_at, finished_at, request, "
        + "outcome running/done/rejected/stopped/failed/interrupted, message, days, rows, calls, "
        + "waits, rejected); newest_stored_day and newest_open_day (ISO dates, null when "
        + "unknown); open_days_behind; incomplete_days (waiting for late data); recent_rejected "
        + "(api, day, row, reason)");
    status.putArray("required").add("running").add("incomplete_days").add("recent_rejected");
    ObjectNode statusProperties = status.putObject("properties");
    statusProperties.putObject("running").put("type", "boolean");
    statusProperties.putObject("last_run").put("type", "object").put("nullable", true)
        .putObject("additionalProperties");
    statusProperties.putObject("newest_stored_day").put("type", "string").put("format", "date")
        .put("nullable", true);
    statusProperties.putObject("newest_open_day").put("type", "string").put("format", "date")
        .put("nullable", true);
    statusProperties.putObject("open_days_behind").put("type", "integer").put("nullable", true);
    statusProperties.putObject("incomplete_days").put("type", "integer");
    ObjectNode rejected = statusProperties.putObject("recent_rejected").put("type", "array");
    rejected.putObject("items").put("type", "object").putObject("additionalProperties");
    ObjectNode example = status.putObject("example").put("running", false);
    example.putObject("last_run").put("id", 7).put("outcome", "done").put("days", 1)
        .put("rows", 5342).put("calls", 9).put("waits", 0).put("rejected", 0);
    example.put("newest_stored_day", "2024-01-31").put("newest_open_day", "2024-01-31")
        .put("open_days_behind", 0).put("incomplete_days", 0);
    example.putArray("recent_rejected");
  }
}
