package stockassistant.bootstrap.wiring;

import stockassistant.domain.PrimaryPool;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import stockassistant.adapters.web.HttpApi;
import stockassistant.application.backup.Backups;
import stockassistant.application.calendar.MarketCalendar;
import stockassistant.application.finance.FinanceReports;
import stockassistant.application.llm.LlmConfigs;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.quality.DataQuality;
import stockassistant.application.stocks.StockCatalog;
import stockassistant.application.sync.MarketSync;
import stockassistant.adapters.web.sync.SyncRoutes;
import stockassistant.bootstrap.config.AppConfig;

/** The Javalin API over the application facades (built, not started). */
public final class WebModule extends AbstractModule {

  @Provides
  @Singleton
  HttpApi httpApi(MarketData marketData, StockCatalog stocks, FinanceReports finance,
      LlmConfigs llmConfigs, Backups backups, MarketCalendar calendar, DataQuality quality,
      AppConfig config, MetricRegistry metrics, HealthCheckRegistry health, PrimaryPool pool,
      MarketSync sync) {
    return new HttpApi(marketData, stocks, finance, llmConfigs, backups, calendar, quality,
        config.web(), metrics, health, pool)
        .add(new SyncRoutes(sync, config.sync().token().isPresent(), config.web().maxBodyBytes())
            .routes());
  }
}
