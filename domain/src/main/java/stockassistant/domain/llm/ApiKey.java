package stockassistant.domain.llm;

import stockassistant.domain.InvalidField;

/**
 * A secret credential. It prints masked ({@code sk-****cdef}) so that no log line or response
 * built from it by accident can leak it; only {@link #reveal()} gives the secret.
 */
public final class ApiKey {
  private final String secret;

  public ApiKey(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new InvalidField("api_key", "must not be empty");
    }
    this.secret = secret;
  }

  public String reveal() {
    return secret;
  }

  /** At most the last 4 characters, and none of a key too short to hide 8 others. */
  public String masked() {
    int shown = secret.length() >= 12 ? 4 : 0;
    int prefixEnd = secret.startsWith("sk-") && secret.length() >= 12 ? 3 : 0;
    return secret.substring(0, prefixEnd) + "****" + secret.substring(secret.length() - shown);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiKey that && secret.equals(that.secret);
  }

  @Override
  public int hashCode() {
    return secret.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }
}
