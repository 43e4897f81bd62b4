package stockassistant.bootstrap.wiring;

import com.codahale.metrics.MetricRegistry;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import stockassistant.adapters.persistence.Persistence;
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
  StockRepository stocks(Persistence persistence) {
    return persistence.stocks();
  }

  @Provides
  QuoteRepository quotes(Persistence persistence) {
    return persistence.quotes();
  }

  @Provides
  FinanceRepository finance(Persistence persistence) {
    return persistence.finance();
  }

  @Provides
  LlmConfigRepository llmConfigs(Persistence persistence) {
    return persistence.llmConfigs();
  }
}
