package stockassistant.domain.llm;

/**
 * A stored API key could not be decrypted: its data key is not configured (a lost key file, a
 * different STOCK_SECRET_KEY) or the stored value was altered. The message says which config
 * and why; it never holds the key.
 */
public class ApiKeyUnreadable extends RuntimeException {
  public ApiKeyUnreadable(String reason) {
    super(reason, null, false, false);
  }
}
