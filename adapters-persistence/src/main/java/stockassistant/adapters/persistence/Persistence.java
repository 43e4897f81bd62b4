package stockassistant.adapters.persistence;

import com.codahale.metrics.MetricRegistry;
import com.zaxxer.hikari.HikariDataSource;
import stockassistant.adapters.persistence.finance.MyBatisFinanceRepository;
import stockassistant.adapters.persistence.llm.MyBatisLlmConfigRepository;
import stockassistant.adapters.persistence.pool.ConnectionPools;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.adapters.persistence.quote.MyBatisQuoteRepository;
import stockassistant.adapters.persistence.resilience.DatabaseGuard;
import stockassistant.adapters.persistence.resilience.ResilienceSettings;
import stockassistant.adapters.persistence.session.Transactions;
import stockassistant.adapters.persistence.stock.MyBatisStockRepository;

/**
 * The persistence side assembled: pool, MyBatis, the guard and the four repositories sharing
 * one unit of work. Bootstrap binds its parts in Guice; tests build it directly.
 */
public final class Persistence implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Transactions transactions;
  private final MyBatisStockRepository stocks;
  private final MyBatisQuoteRepository quotes;
  private final MyBatisFinanceRepository finance;
  private final MyBatisLlmConfigRepository llmConfigs;

  private Persistence(HikariDataSource dataSource, DatabaseGuard guard) {
    this.dataSource = dataSource;
    this.transactions = new Transactions(MyBatisSessions.create(dataSource), guard);
    this.stocks = new MyBatisStockRepository(transactions);
    this.quotes = new MyBatisQuoteRepository(transactions);
    this.finance = new MyBatisFinanceRepository(transactions);
    this.llmConfigs = new MyBatisLlmConfigRepository(transactions);
  }

  public static Persistence open(PoolSettings pool, ResilienceSettings resilience,
      MetricRegistry metrics) {
    return new Persistence(ConnectionPools.create("stock-assistant", pool, metrics),
        DatabaseGuard.create("database", resilience));
  }

  public HikariDataSource dataSource() {
    return dataSource;
  }

  public Transactions transactions() {
    return transactions;
  }

  public DatabaseGuard guard() {
    return transactions.guard();
  }

  public MyBatisStockRepository stocks() {
    return stocks;
  }

  public MyBatisQuoteRepository quotes() {
    return quotes;
  }

  public MyBatisFinanceRepository finance() {
    return finance;
  }

  public MyBatisLlmConfigRepository llmConfigs() {
    return llmConfigs;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
