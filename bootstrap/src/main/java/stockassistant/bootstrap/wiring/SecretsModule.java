package stockassistant.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.llm.StoredApiKeys;
import stockassistant.adapters.persistence.secrets.KeyRingSource;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.security.ApiKeySealing;
import stockassistant.bootstrap.security.KeyRings;

/** The data keys that encrypt LLM API keys at rest, and the start-up step that uses them. */
public final class SecretsModule extends AbstractModule {

  @Provides
  @Singleton
  KeyRingSource dataKeys(AppConfig config) {
    return KeyRings.forService(config.security().keys());
  }

  @Provides
  @Singleton
  ApiKeySealing apiKeySealing(Persistence persistence, KeyRingSource keys) {
    return new ApiKeySealing(new StoredApiKeys(persistence.dataSource()::getConnection), keys);
  }
}
