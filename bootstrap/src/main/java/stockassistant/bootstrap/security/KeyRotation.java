package stockassistant.bootstrap.security;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import stockassistant.adapters.persistence.llm.StoredApiKeys;
import stockassistant.adapters.persistence.llm.StoredApiKeys.Scope;
import stockassistant.adapters.persistence.secrets.DataKey;
import stockassistant.adapters.persistence.secrets.KeyRing;

/**
 * {@code secrets rotate}: every stored API key re-encrypted under a new current key, and no row
 * left under an old one.
 *
 * <p>With the generated key file, a new key is generated and written first (the old ones kept
 * beside it, so a crash at any point loses nothing), every row is re-sealed under it, and the
 * old keys no row needs any more are dropped from the file. A second pass then catches a row a
 * running service may have sealed under the old key in the meantime (a service re-reads the key
 * file at its next write). With STOCK_SECRET_KEY, the operator brings the new key: set it, list
 * the old one in STOCK_SECRET_KEY_PREVIOUS, rotate, then drop STOCK_SECRET_KEY_PREVIOUS.
 */
public final class KeyRotation {
  private KeyRotation() {}

  /** What a rotation did; {@code unreadable} rows were left exactly as they were. */
  public record Outcome(String currentKeyId, int resealed, Map<String, Integer> rowsByKeyId,
      List<StoredApiKeys.Unreadable> unreadable, List<String> retiredKeyIds) {}

  public static Outcome rotate(SecretKeySettings settings, StoredApiKeys stored)
      throws SQLException {
    if (settings.configured().isPresent()) {
      KeyRing ring = KeyRings.forInspection(settings);
      var report = stored.pass(ring, Scope.EVERY_ROW_UNDER_AN_OLDER_KEY);
      return new Outcome(ring.requireCurrent().id(), report.resealed(), report.rowsByKeyId(),
          report.unreadable(), List.of());
    }
    var file = new KeyFile(settings.keyFile());
    List<DataKey> old = file.read();
    DataKey fresh = DataKey.generate();
    file.write(concat(List.of(fresh), old));
    KeyRing ring = KeyRing.of(fresh, concat(old, settings.previous()));
    var report = stored.pass(ring, Scope.EVERY_ROW_UNDER_AN_OLDER_KEY);

    Set<String> inUse = report.rowsByKeyId().keySet();
    List<DataKey> stillNeeded = old.stream().filter(key -> inUse.contains(key.id())).toList();
    file.write(concat(List.of(fresh), stillNeeded));
    var late = stored.pass(ring, Scope.EVERY_ROW_UNDER_AN_OLDER_KEY);
    List<String> retired = old.stream().filter(key -> !inUse.contains(key.id()))
        .map(DataKey::id).toList();
    return new Outcome(fresh.id(), report.resealed() + late.resealed(), late.rowsByKeyId(),
        late.unreadable(), retired);
  }

  private static List<DataKey> concat(List<DataKey> first, List<DataKey> second) {
    var all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
