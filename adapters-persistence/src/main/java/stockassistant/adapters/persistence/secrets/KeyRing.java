package stockassistant.adapters.persistence.secrets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data keys this process holds: the current one, which seals every new value, and older
 * ones kept only to open values sealed before a rotation. May be empty (a doctor run with the
 * key file lost): then nothing can be sealed and nothing opened, and each value says why.
 */
public final class KeyRing {
  private final DataKey current;
  private final Map<String, DataKey> byId = new LinkedHashMap<>();

  private KeyRing(DataKey current, List<DataKey> older) {
    this.current = current;
    if (current != null) {
      byId.put(current.id(), current);
    }
    older.forEach(key -> byId.putIfAbsent(key.id(), key));
  }

  public static KeyRing of(DataKey current, List<DataKey> older) {
    return new KeyRing(current, older);
  }

  public Optional<DataKey> current() {
    return Optional.ofNullable(current);
  }

  public DataKey requireCurrent() {
    if (current == null) {
      throw new IllegalStateException("no data key is configured: set STOCK_SECRET_KEY or "
          + "restore the key file in STOCK_DATA_DIR");
    }
    return current;
  }

  public Optional<DataKey> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every key, current first. */
  public List<DataKey> keys() {
    return new ArrayList<>(byId.values());
  }

  @Override
  public String toString() {
    return "KeyRing[current " + (current == null ? "none" : current.id()) + ", holds "
        + byId.keySet() + "]";
  }
}
