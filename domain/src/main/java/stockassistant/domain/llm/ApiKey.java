package stockassistant.domain.llm;

import java.util.Objects;
import stockassistant.domain.InvalidField;

/**
 * A secret credential. It prints masked ({@code sk-****cdef}) so that no log line or response
 * built from it by accident can leak it; only {@link #reveal()} gives the secret.
 *
 * <p>Outside the one use case that sends it to the vendor the secret is not even held: configs
 * are handed out with their key {@link #withheld()}, which keeps the mask and drops the secret.
 * A stored key that could not be decrypted is {@link #unreadable}: it masks as {@code ****} and
 * says why when revealed.
 */
public final class ApiKey {
  private static final String HIDDEN = "****";

  private final String secret;
  private final String mask;
  private final String unreadableBecause;

  public ApiKey(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new InvalidField("api_key", "must not be empty");
    }
    this.secret = secret;
    this.mask = maskOf(secret);
    this.unreadableBecause = null;
  }

  private ApiKey(String mask, String unreadableBecause) {
    this.secret = null;
    this.mask = mask;
    this.unreadableBecause = unreadableBecause;
  }

  /** The one wording of "a new config needs a key", wherever a create without one is caught. */
  public static InvalidField requiredOnCreate() {
    return new InvalidField("api_key", "is required when creating a config");
  }

  /** A stored key that cannot be decrypted; {@code reason} must name no secret. */
  public static ApiKey unreadable(String reason) {
    return new ApiKey(HIDDEN, Objects.requireNonNull(reason));
  }

  /** The same key without its secret: masks and compares as before, cannot be revealed. */
  public ApiKey withheld() {
    return secret == null ? this : new ApiKey(mask, null);
  }

  /** Whether this object holds the secret (a key given by a client, or decrypted from storage). */
  public boolean isHeld() {
    return secret != null;
  }

  /**
   * The secret. Throws {@link ApiKeyUnreadable} for a key that could not be decrypted, and
   * IllegalStateException for a withheld one: asking a withheld key is a programming error.
   */
  public String reveal() {
    if (unreadableBecause != null) {
      throw new ApiKeyUnreadable(unreadableBecause);
    }
    if (secret == null) {
      throw new IllegalStateException("this API key was withheld; only "
          + "LlmConfigs.apiKeyToCall(alias) hands out the clear key");
    }
    return secret;
  }

  /** At most the last 4 characters, and none of a key too short to hide 8 others. */
  public String masked() {
    return mask;
  }

  private static String maskOf(String secret) {
    int shown = secret.length() >= 12 ? 4 : 0;
    int prefixEnd = secret.startsWith("sk-") && secret.length() >= 12 ? 3 : 0;
    return secret.substring(0, prefixEnd) + HIDDEN + secret.substring(secret.length() - shown);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiKey that && Objects.equals(secret, that.secret)
        && mask.equals(that.mask) && Objects.equals(unreadableBecause, that.unreadableBecause);
  }

  @Override
  public int hashCode() {
    return mask.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }
}
