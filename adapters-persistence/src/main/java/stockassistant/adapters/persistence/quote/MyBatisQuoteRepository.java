package stockassistant.adapters.persistence.quote;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import stockassistant.adapters.persistence.resilience.PersistenceFailure;
import stockassistant.adapters.persistence.bulk.BulkUpsert;
import stockassistant.adapters.persistence.citus.CitusCluster;
import stockassistant.adapters.persistence.session.Transactions;
import stockassistant.domain.quote.BarKey;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.BarQuery;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.QuoteRepository;
import stockassistant.domain.stock.ThirdCode;

/**
 * stock_daily: every read through {@link BarMapper} (bar pages read by {@link BarPageRows}),
 * COPY for the bulk upsert.
 */
public final class MyBatisQuoteRepository implements QuoteRepository {
  private final Transactions tx;
  private final BulkUpsert<DailyBar> writer;

  public MyBatisQuoteRepository(Transactions tx) {
    this(tx, BarRows.COPY_THRESHOLD);
  }

  /** With another COPY threshold: 0 forces COPY, Integer.MAX_VALUE the row path (tests). */
  MyBatisQuoteRepository(Transactions tx, int copyThreshold) {
    this.tx = tx;
    this.writer = BarRows.writer(copyThreshold);
  }

  @Override
  public int upsertAll(List<DailyBar> bars) {
    int stored = writer.upsert(tx.connection(), bars);
    if (!bars.isEmpty()) {
      // V8's trigger bumps it too on plain PostgreSQL; a Citus coordinator cannot distribute a
      // table with triggers, so there the write path's own bump is the one (same transaction)
      mapper().bumpWriteVersion();
    }
    return stored;
  }

  @Override
  public BarPage bars(BarQuery query, BarKey after, int skip, int limit) {
    List<String> codes = query.codes().size() == 1 ? List.of(query.codes().get(0).value())
        : query.codes().stream().map(ThirdCode::value).toList();
    return mapper().bars(query, codes, query.from(), query.to(),
        after == null ? null : after.thirdCode().value(), after == null ? null : after.tradeDate(),
        skip, limit);
  }

  @Override
  public Optional<LocalDate> latestTradeDate() {
    return Optional.ofNullable(mapper().latestTradeDate());
  }

  @Override
  public long writeVersion() {
    return mapper().writeVersion();
  }

  @Override
  public void refreshStatistics() {
    try (Statement statement = tx.connection().createStatement()) {
      statement.execute("ANALYZE stock_daily");
    } catch (SQLException failure) {
      throw new PersistenceFailure("ANALYZE failed", failure);
    }
  }

  @Override
  public Optional<Double> latestAdjFactor(ThirdCode code, LocalDate from, LocalDate to) {
    return Optional.ofNullable(mapper().latestAdjFactor(code.value(), from, to));
  }

  @Override
  public List<LocalDate> tradeDays(LocalDate from, LocalDate to, int limit) {
    return onCitus() ? mapper().tradeDaysByScan(from, to, limit)
        : mapper().tradeDays(from, to, limit);
  }

  private boolean onCitus() {
    try {
      return CitusCluster.isCoordinator(tx.connection());
    } catch (SQLException failure) {
      throw new PersistenceFailure("database check failed", failure);
    }
  }

  @Override
  public Optional<LocalDate> tradeDayBefore(LocalDate day) {
    return Optional.ofNullable(mapper().tradeDayBefore(day));
  }

  @Override
  public Optional<LocalDate> earliestTradeDate() {
    return Optional.ofNullable(mapper().earliestTradeDate());
  }

  private BarMapper mapper() {
    return tx.mapper(BarMapper.class);
  }
}
