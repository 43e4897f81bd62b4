package stockassistant.adapters.persistence.secrets;

/**
 * Where the data keys come from, asked at each use: a key file rotated by another process
 * ({@code secrets rotate}) is picked up at the next seal or open without a restart.
 */
@FunctionalInterface
public interface KeyRingSource {
  KeyRing keyRing();

  static KeyRingSource fixed(KeyRing ring) {
    return () -> ring;
  }
}
