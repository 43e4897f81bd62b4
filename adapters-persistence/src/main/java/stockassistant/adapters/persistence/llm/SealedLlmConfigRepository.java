package stockassistant.adapters.persistence.llm;

import stockassistant.domain.transaction.Db;
import java.util.List;
import java.util.Optional;
import stockassistant.adapters.persistence.secrets.KeyRingSource;
import stockassistant.adapters.persistence.secrets.SealedValue;
import stockassistant.domain.llm.ApiKey;
import stockassistant.domain.llm.LlmConfig;
import stockassistant.domain.llm.LlmConfigRepository;

/**
 * llm_configs with api_key encrypted at rest: sealed under the current data key on the way in,
 * opened on the way out. It decorates the plain repository, which stores whatever text it is
 * given, so the SQL knows nothing of keys and this class nothing of SQL.
 *
 * <p>A key that cannot be opened (its data key is gone) comes back {@link ApiKey#unreadable}
 * instead of failing the whole list; an update that brings no new key keeps the stored
 * ciphertext as it is, so such a config stays editable and opens again once its key returns.
 * A row still in clear (written before encryption, or by hand) is read as it is and sealed at
 * the next start ({@link StoredApiKeys}).
 */
public final class SealedLlmConfigRepository implements LlmConfigRepository {
  private final LlmConfigRepository stored;
  private final KeyRingSource keys;

  public SealedLlmConfigRepository(LlmConfigRepository stored, KeyRingSource keys) {
    this.stored = stored;
    this.keys = keys;
  }

  @Override
  public List<LlmConfig> list(Db db) {
    return stored.list(db).stream().map(this::opened).toList();
  }

  @Override
  public Optional<LlmConfig> find(Db db, String alias) {
    return stored.find(db, alias).map(this::opened);
  }

  @Override
  public LlmConfig upsert(Db db, LlmConfig config) {
    String text;
    if (config.apiKey().isHeld()) {
      text = SealedValue.seal(config.apiKey().reveal(), keys.keyRing().requireCurrent(),
          context(config.alias()));
    } else {
      text = stored.find(db, config.alias()).map(row -> row.apiKey().reveal())
          .orElseThrow(ApiKey::requiredOnCreate);
    }
    return opened(stored.upsert(db, withKey(config, new ApiKey(text))));
  }

  @Override
  public boolean delete(Db db, String alias) {
    return stored.delete(db, alias);
  }

  /** What the value is bound to: a ciphertext moved onto another row does not open. */
  static String context(String alias) {
    return "llm_configs.api_key:" + alias;
  }

  private LlmConfig opened(LlmConfig row) {
    String text = row.apiKey().reveal();
    if (!SealedValue.isSealed(text)) {
      return row;
    }
    try {
      return withKey(row, new ApiKey(SealedValue.open(text, keys.keyRing(), context(row.alias()))));
    } catch (SealedValue.CannotOpen failure) {
      return withKey(row, ApiKey.unreadable("the api_key of LLM config '" + row.alias()
          + "' cannot be decrypted: " + failure.getMessage()));
    }
  }

  private static LlmConfig withKey(LlmConfig config, ApiKey key) {
    return new LlmConfig(config.alias(), config.vendor(), config.providerType(),
        config.modelName(), key, config.baseUrl(), config.description(), config.priority(),
        config.tags(), config.isActive(), config.createdAt(), config.updatedAt());
  }
}
