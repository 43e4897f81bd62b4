package stockassistant.adapters.persistence;

import com.codahale.metrics.MetricRegistry;
import stockassistant.adapters.persistence.calendar.MyBatisCalendarRepository;
import stockassistant.adapters.persistence.calendar.MyBatisSuspensionRepository;
import stockassistant.adapters.persistence.finance.MyBatisFinanceRepository;
import stockassistant.adapters.persistence.llm.MyBatisLlmConfigRepository;
import stockassistant.adapters.persistence.pool.ConnectionPool;
import stockassistant.adapters.persistence.pool.ConnectionPools;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.PoolFigures;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.adapters.persistence.quality.SqlQualityRepository;
import stockassistant.adapters.persistence.quote.MyBatisQuoteRepository;
import stockassistant.adapters.persistence.replica.ReplicaSettings;
import stockassistant.adapters.persistence.replica.Replicas;
import stockassistant.adapters.persistence.resilience.DatabaseGuard;
import stockassistant.adapters.persistence.resilience.ResilienceSettings;
import stockassistant.adapters.persistence.session.Budgets;
import stockassistant.adapters.persistence.session.PooledUnitOfWork;
import stockassistant.adapters.persistence.stock.MyBatisStockRepository;
import stockassistant.adapters.persistence.sync.MyBatisSyncJournal;
import stockassistant.adapters.persistence.sync.MyBatisSyncWatermark;

/**
 * The persistence side assembled: pool, MyBatis, the guard, the units of work and the four
 * repositories working inside them. Bootstrap binds its parts in Guice; tests build it directly.
 */
public final class Persistence implements AutoCloseable {
  public static final String POOL_NAME = "stock-assistant";

  private final ConnectionPool pool;
  private final Replicas replicas;
  private final PooledUnitOfWork transactions;
  private final MyBatisStockRepository stocks;
  private final MyBatisQuoteRepository quotes;
  private final MyBatisFinanceRepository finance;
  private final MyBatisLlmConfigRepository llmConfigs;
  // issue 29: calendar, suspensions, the data-quality checks
  private final MyBatisCalendarRepository calendar;
  private final MyBatisSuspensionRepository suspensions;
  private final SqlQualityRepository quality;
  private final MyBatisSyncWatermark watermark;
  private final MyBatisSyncJournal syncJournal;
  private final PoolFigures primaryPool;

  private Persistence(ConnectionPool pool, Replicas replicas, PooledUnitOfWork transactions,
      MetricRegistry metrics) {
    this.pool = pool;
    this.primaryPool = new PoolFigures(pool, metrics);
    this.replicas = replicas;
    this.transactions = transactions;
    this.stocks = new MyBatisStockRepository();
    this.quotes = new MyBatisQuoteRepository();
    this.finance = new MyBatisFinanceRepository();
    this.llmConfigs = new MyBatisLlmConfigRepository();
    this.calendar = new MyBatisCalendarRepository();
    this.suspensions = new MyBatisSuspensionRepository();
    this.quality = new SqlQualityRepository();
    this.watermark = new MyBatisSyncWatermark();
    this.syncJournal = new MyBatisSyncJournal();
  }

  /** Opens the pool (it starts even while the database is down, and reconnects by itself). */
  public static Persistence open(DatabaseTarget target, PoolSettings pool,
      ResilienceSettings resilience, Budgets budgets, MetricRegistry metrics) {
    return open(target, pool, resilience, budgets, metrics, ReplicaSettings.none());
  }

  /** As above, with read replicas for the read-only use cases (none: the primary serves all). */
  public static Persistence open(DatabaseTarget target, PoolSettings pool,
      ResilienceSettings resilience, Budgets budgets, MetricRegistry metrics,
      ReplicaSettings readReplicas) {
    ConnectionPool connections = ConnectionPools.create(POOL_NAME, target, pool, metrics);
    Replicas replicas = Replicas.open(POOL_NAME, target, readReplicas, pool, metrics);
    var transactions = new PooledUnitOfWork(MyBatisSessions.create(connections.dataSource()),
        connections, DatabaseGuard.create("database", resilience), budgets,
        pool.timeouts().connectionTimeout(), metrics, replicas);
    return new Persistence(connections, replicas, transactions, metrics);
  }

  public ConnectionPool pool() {
    return pool;
  }

  /** The primary pool's figures, for operators (replicas' pools have their own names). */
  public PoolFigures primaryPool() {
    return primaryPool;
  }

  /** The read replicas (none unless DATABASE_READ_URL is set). */
  public Replicas replicas() {
    return replicas;
  }

  public PooledUnitOfWork unitOfWork() {
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

  public MyBatisCalendarRepository calendar() {
    return calendar;
  }

  public MyBatisSuspensionRepository suspensions() {
    return suspensions;
  }

  public SqlQualityRepository quality() {
    return quality;
  }

  /** The sync's watermark (sync_day). */
  public MyBatisSyncWatermark syncWatermark() {
    return watermark;
  }

  /** The sync's runs and refused rows. */
  public MyBatisSyncJournal syncJournal() {
    return syncJournal;
  }

  @Override
  public void close() {
    transactions.close();
    replicas.close();
    pool.close();
  }
}
