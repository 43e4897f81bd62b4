package stockassistant.adapters.persistence.llm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import stockassistant.adapters.persistence.secrets.DataKey;
import stockassistant.adapters.persistence.secrets.KeyRing;
import stockassistant.adapters.persistence.secrets.SealedValue;

/**
 * The api_key column as a whole, for the jobs that are not a use case: sealing rows still in
 * clear (at every start), re-sealing every row under a new key ({@code secrets rotate}), and
 * telling which rows cannot be opened ({@code doctor}). Plain JDBC on one connection, one
 * transaction per call, rows locked while they are rewritten: the table holds a handful of rows.
 *
 * <p>Re-sealing is an UPDATE, so the table's trigger moves updated_at on the rows it rewrites.
 */
public final class StoredApiKeys {
  private final Connections connections;

  /** Where connections come from: a pool, or one plain connection for a command. */
  @FunctionalInterface
  public interface Connections {
    Connection open() throws SQLException;
  }

  /** How far a pass goes. */
  public enum Scope {
    /** reads and opens every row, changes nothing */
    AUDIT,
    /** seals the rows still in clear under the current key */
    CLEAR_ROWS,
    /** also re-seals every row sealed under another key than the current one */
    EVERY_ROW_UNDER_AN_OLDER_KEY
  }

  public StoredApiKeys(Connections connections) {
    this.connections = connections;
  }

  /** False on a database the migrations have not reached yet. */
  public boolean tableExists() throws SQLException {
    try (Connection connection = connections.open();
        ResultSet rows = connection.createStatement()
            .executeQuery("SELECT to_regclass('llm_configs') IS NOT NULL")) {
      rows.next();
      return rows.getBoolean(1);
    }
  }

  public Report pass(KeyRing ring, Scope scope) throws SQLException {
    DataKey current = scope == Scope.AUDIT ? null : ring.requireCurrent();
    String select = "SELECT alias, api_key FROM llm_configs ORDER BY alias"
        + (scope == Scope.AUDIT ? "" : " FOR UPDATE");
    var report = new Report();
    try (Connection connection = connections.open()) {
      connection.setAutoCommit(false);
      try (PreparedStatement rows = connection.prepareStatement(select);
          PreparedStatement update = connection.prepareStatement(
              "UPDATE llm_configs SET api_key = ? WHERE alias = ?");
          ResultSet row = rows.executeQuery()) {
        while (row.next()) {
          String alias = row.getString(1);
          String resealed = visit(alias, row.getString(2), ring, current, scope, report);
          if (resealed != null) {
            update.setString(1, resealed);
            update.setString(2, alias);
            update.addBatch();
          }
        }
        if (report.resealed > 0) {
          update.executeBatch();
        }
        connection.commit();
      } catch (SQLException | RuntimeException failure) {
        connection.rollback();
        throw failure;
      }
    }
    return report;
  }

  /** Counts the row in the report; returns its new stored text when it must be rewritten. */
  private static String visit(String alias, String stored, KeyRing ring, DataKey current,
      Scope scope, Report report) {
    String context = SealedLlmConfigRepository.context(alias);
    String keyId = SealedValue.keyIdOf(stored);
    if (keyId == null) {
      if (scope == Scope.AUDIT) {
        report.count("clear");
        return null;
      }
      return report.resealed(current, SealedValue.seal(stored, current, context));
    }
    String clear;
    try {
      clear = SealedValue.open(stored, ring, context);
    } catch (SealedValue.CannotOpen failure) {
      report.unreadable.add(new Unreadable(alias, keyId, failure.getMessage()));
      report.count(keyId);
      return null;
    }
    if (scope == Scope.EVERY_ROW_UNDER_AN_OLDER_KEY && !keyId.equals(current.id())) {
      return report.resealed(current, SealedValue.seal(clear, current, context));
    }
    report.count(keyId);
    return null;
  }

  /** A row whose key cannot be opened, and why (naming no secret). */
  public record Unreadable(String alias, String keyId, String reason) {}

  /** What one pass saw and did. */
  public static final class Report {
    private int resealed;
    private final List<Unreadable> unreadable = new ArrayList<>();
    private final Map<String, Integer> rowsByKeyId = new TreeMap<>();

    /** Rows rewritten by this pass. */
    public int resealed() {
      return resealed;
    }

    public List<Unreadable> unreadable() {
      return List.copyOf(unreadable);
    }

    /** Rows per key id after the pass; rows still in clear under "clear". */
    public Map<String, Integer> rowsByKeyId() {
      return Map.copyOf(rowsByKeyId);
    }

    private String resealed(DataKey key, String text) {
      resealed++;
      count(key.id());
      return text;
    }

    private void count(String keyId) {
      rowsByKeyId.merge(keyId, 1, Integer::sum);
    }
  }
}
