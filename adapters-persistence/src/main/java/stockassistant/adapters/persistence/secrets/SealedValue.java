package stockassistant.adapters.persistence.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * A secret as stored at rest: {@code enc:v1:<key id>:<base64 of nonce, ciphertext and tag>},
 * AES-256-GCM from the JDK. The header and a context (which row and column the value belongs
 * to) are authenticated with it, so a value copied onto another row, or whose key id was edited,
 * fails to open instead of opening as the wrong key.
 */
public final class SealedValue {
  public static final String PREFIX = "enc:v1:";
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SealedValue() {}

  public static boolean isSealed(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  /** The id of the key a sealed value was made with; null for anything else. */
  public static String keyIdOf(String stored) {
    if (!isSealed(stored)) {
      return null;
    }
    int end = stored.indexOf(':', PREFIX.length());
    return end < 0 ? null : stored.substring(PREFIX.length(), end);
  }

  public static String seal(String clear, DataKey key, String context) {
    String header = PREFIX + key.id() + ":";
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData(header, context));
      byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
      byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return header + Base64.getEncoder().encodeToString(stored);
    } catch (GeneralSecurityException failure) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", failure);
    }
  }

  /** The clear text of a sealed value, or why it cannot be had (naming no secret). */
  public static String open(String stored, KeyRing ring, String context) throws CannotOpen {
    String keyId = keyIdOf(stored);
    if (keyId == null) {
      throw new CannotOpen("it is not a sealed value");
    }
    DataKey key = ring.byId(keyId).orElseThrow(() -> new CannotOpen("it is sealed under key "
        + keyId + ", which is not among the configured keys " + ring.keys().stream()
            .map(DataKey::id).toList()));
    String header = PREFIX + keyId + ":";
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(stored.substring(header.length()));
    } catch (IllegalArgumentException notBase64) {
      throw new CannotOpen("its ciphertext is not base64 (the row was altered)");
    }
    if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new CannotOpen("its ciphertext is truncated (the row was altered)");
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key.secretKey(),
          new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(associatedData(header, context));
      byte[] clear = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return new String(clear, StandardCharsets.UTF_8);
    } catch (AEADBadTagException tampered) {
      throw new CannotOpen("it does not authenticate under key " + keyId
          + " (the row was altered or moved from another row)");
    } catch (GeneralSecurityException failure) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", failure);
    }
  }

  private static byte[] associatedData(String header, String context) {
    return (header + context).getBytes(StandardCharsets.UTF_8);
  }

  /** A value that cannot be opened; the message says why and never holds the value. */
  public static final class CannotOpen extends Exception {
    public CannotOpen(String reason) {
      super(reason, null, false, false);
    }
  }
}
