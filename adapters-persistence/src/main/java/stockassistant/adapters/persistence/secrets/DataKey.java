package stockassistant.adapters.persistence.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One AES-256 key that encrypts secrets at rest, known by an id derived from it (the first 4
 * bytes of a SHA-256 of the key, in hex). The id is stored beside every ciphertext, so a value
 * sealed under a key we no longer hold is named, not mistaken for a tampered row; deriving it
 * means a key given in the environment needs no id of its own. Prints as its id only.
 */
public final class DataKey {
  private static final int BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final byte[] ID_LABEL =
      "stock-assistant data key id\0".getBytes(StandardCharsets.US_ASCII);

  private final String id;
  private final SecretKey key;

  private DataKey(byte[] material) {
    this.key = new SecretKeySpec(material, "AES");
    this.id = idOf(material);
  }

  public static DataKey generate() {
    byte[] material = new byte[BYTES];
    RANDOM.nextBytes(material);
    return new DataKey(material);
  }

  /**
   * A key from its base64 text (standard or URL-safe). {@code origin} names where it came from
   * in the message; the text itself is never repeated.
   */
  public static DataKey fromBase64(String text, String origin) {
    byte[] material;
    try {
      String trimmed = text.strip();
      material = trimmed.contains("-") || trimmed.contains("_")
          ? Base64.getUrlDecoder().decode(trimmed) : Base64.getDecoder().decode(trimmed);
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException(origin + " is not base64; it must be 32 random bytes "
          + "in base64, e.g. from: openssl rand -base64 32");
    }
    if (material.length != BYTES) {
      throw new IllegalArgumentException(origin + " must be 32 random bytes in base64 (it "
          + "decodes to " + material.length + " bytes), e.g. from: openssl rand -base64 32");
    }
    return new DataKey(material);
  }

  public String id() {
    return id;
  }

  SecretKey secretKey() {
    return key;
  }

  /** The key as base64, for the one place that writes it: the owner-only key file. */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  private static String idOf(byte[] material) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(ID_LABEL);
      return HexFormat.of().formatHex(Arrays.copyOf(sha256.digest(material), 4));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DataKey that && MessageDigest.isEqual(key.getEncoded(), that.key.getEncoded());
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "DataKey[" + id + "]";
  }
}
