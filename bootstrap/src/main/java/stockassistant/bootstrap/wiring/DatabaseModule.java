package stockassistant.bootstrap.wiring;

import com.codahale.metrics.MetricRegistry;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.llm.SealedLlmConfigRepository;
import stockassistant.adapters.persistence.metrics.TimedPorts;
import stockassistant.adapters.persistence.secrets.KeyRingSource;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.config.DatabaseTarget;
import stockassistant.bootstrap.database.DatabaseRuntime;
import stockassistant.domain.finance.FinanceRepository;
import stockassistant.domain.llm.LlmConfigRepository;
import stockassistant.domain.quote.QuoteRepository;
import stockassistant.domain.stock.StockRepository;
import stockassistant.domain.transaction.UnitOfWork;

/** The ports, bound to the MyBatis adapters on one HikariCP pool. */
public final class DatabaseModule extends AbstractModule {

  @Provides
  @Singleton
  DatabaseRuntime database(AppConfig config) {
    return DatabaseRuntime.start(config);
  }

  @Provides
  @Singleton
  Persistence persistence(AppConfig config, DatabaseRuntime database, MetricRegistry metrics) {
    DatabaseTarget target = database.target();
    return Persistence.open(
        config.pool().forTarget(target.jdbcUrl(), target.username(), target.password()),
        config.resilience(), metrics);
  }

  @Provides
  UnitOfWork unitOfWork(Persistence persistence) {
    return persistence.transactions();
  }

  @Provides
  @Singleton
  StockRepository stocks(Persistence persistence, MetricRegistry metrics) {
    return TimedPorts.wrap(StockRepository.class, persistence.stocks(), metrics);
  }

  @Provides
  @Singleton
  QuoteRepository quotes(Persistence persistence, MetricRegistry metrics) {
    return TimedPorts.wrap(QuoteRepository.class, persistence.quotes(), metrics);
  }

  @Provides
  @Singleton
  FinanceRepository finance(Persistence persistence, MetricRegistry metrics) {
    return TimedPorts.wrap(FinanceRepository.class, persistence.finance(), metrics);
  }

  @Provides
  @Singleton
  LlmConfigRepository llmConfigs(Persistence persistence, MetricRegistry metrics,
      KeyRingSource keys) {
    return TimedPorts.wrap(LlmConfigRepository.class,
        new SealedLlmConfigRepository(persistence.llmConfigs(), keys), metrics);
  }
}
