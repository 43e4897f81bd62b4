package stockassistant.bootstrap.wiring;

import stockassistant.domain.PrimaryPool;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.llm.SealedLlmConfigRepository;
import stockassistant.adapters.persistence.llm.StoredApiKeys;
import stockassistant.adapters.persistence.secrets.KeyRingSource;
import stockassistant.adapters.persistence.timing.TimedPort;
import stockassistant.adapters.persistence.timing.TimedQuoteRepository;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.database.DatabaseRuntime;
import stockassistant.bootstrap.security.ApiKeySealing;
import stockassistant.domain.calendar.CalendarRepository;
import stockassistant.domain.calendar.SuspensionRepository;
import stockassistant.domain.finance.FinanceRepository;
import stockassistant.domain.quality.QualityRepository;
import stockassistant.domain.llm.LlmConfigRepository;
import stockassistant.domain.quote.QuoteRepository;
import stockassistant.domain.stock.StockRepository;
import stockassistant.domain.transaction.UnitOfWork;

/**
 * The ports bound to the (timed) MyBatis adapters of one started {@link Persistence}, and the parts the
 * start sequence made. Bindings only: nothing here starts or registers anything. The facades
 * ({@code MarketData}, ...) need no binding: Guice builds them from their constructors.
 */
public final class CoreModule extends AbstractModule {
  private final AppConfig config;
  private final DatabaseRuntime database;
  private final Persistence persistence;
  private final KeyRingSource keys;
  private final MetricRegistry metrics;
  private final HealthCheckRegistry health;

  public CoreModule(AppConfig config, DatabaseRuntime database, Persistence persistence,
      KeyRingSource keys, MetricRegistry metrics, HealthCheckRegistry health) {
    this.config = config;
    this.database = database;
    this.persistence = persistence;
    this.keys = keys;
    this.metrics = metrics;
    this.health = health;
  }

  @Override
  protected void configure() {
    bind(AppConfig.class).toInstance(config);
    bind(DatabaseRuntime.class).toInstance(database);
    bind(Persistence.class).toInstance(persistence);
    bind(MetricRegistry.class).toInstance(metrics);
    bind(HealthCheckRegistry.class).toInstance(health);
    bind(UnitOfWork.class).toInstance(persistence.unitOfWork());
    bind(PrimaryPool.class).toInstance(persistence.primaryPool());
    // each port timed per method (repository.<Port>.<method>), beside the use-case timers
    bind(StockRepository.class).toInstance(
        TimedPort.of(StockRepository.class, persistence.stocks(), metrics));
    bind(QuoteRepository.class).toInstance(new TimedQuoteRepository(persistence.quotes(), metrics));
    bind(FinanceRepository.class).toInstance(
        TimedPort.of(FinanceRepository.class, persistence.finance(), metrics));
    // issue 29: calendar, suspensions, data quality
    bind(CalendarRepository.class).toInstance(
        TimedPort.of(CalendarRepository.class, persistence.calendar(), metrics));
    bind(SuspensionRepository.class).toInstance(
        TimedPort.of(SuspensionRepository.class, persistence.suspensions(), metrics));
    bind(QualityRepository.class).toInstance(
        TimedPort.of(QualityRepository.class, persistence.quality(), metrics));
    bind(KeyRingSource.class).toInstance(keys);
    // API keys are sealed on their way in and opened on their way out; the timer sees SQL only
    bind(LlmConfigRepository.class).toInstance(new SealedLlmConfigRepository(
        TimedPort.of(LlmConfigRepository.class, persistence.llmConfigs(), metrics), keys));
  }

  /** The start-up step that encrypts API keys still stored in clear (run by serve). */
  @Provides
  ApiKeySealing apiKeySealing() {
    return new ApiKeySealing(new StoredApiKeys(persistence.pool().dataSource()::getConnection), keys);
  }
}
