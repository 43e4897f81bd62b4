package stockassistant.adapters.persistence.quote;

import stockassistant.domain.transaction.Db;
import stockassistant.adapters.persistence.session.OpenWork;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import stockassistant.adapters.persistence.resilience.PersistenceFailure;
import stockassistant.adapters.persistence.bulk.BulkUpsert;
import stockassistant.adapters.persistence.citus.CitusCluster;
import stockassistant.domain.quote.BarKey;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.BarQuery;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.QuoteRepository;
import stockassistant.domain.quote.VersionedBarPage;
import stockassistant.domain.stock.ThirdCode;

/**
 * stock_daily: every read through {@link BarMapper} (bar pages read by {@link BarPageRows}),
 * COPY for the bulk upsert.
 */
public final class MyBatisQuoteRepository implements QuoteRepository {
  private final BulkUpsert<DailyBar> writer = BarRows.writer(BarRows.COPY_THRESHOLD);

  @Override
  public int upsertAll(Db db, List<DailyBar> bars) {
    int stored = writer.upsert(OpenWork.of(db).connection(), bars);
    if (!bars.isEmpty()) {
      // V8's trigger bumps it too on plain PostgreSQL; a Citus coordinator cannot distribute a
      // table with triggers, so there the write path's own bump is the one (same transaction)
      mapper(db).bumpWriteVersion();
    }
    return stored;
  }

  @Override
  public BarPage bars(Db db, BarQuery query, BarKey after, int skip, int limit) {
    return mapper(db).bars(query, codes(query), query.from(), query.to(),
        after == null ? null : after.thirdCode().value(), after == null ? null : after.tradeDate(),
        skip, limit);
  }

  /**
   * One statement on plain PostgreSQL; an empty page has no row to carry the version, so then it
   * is read on its own. A Citus coordinator keeps table_version local, outside the shards' plans:
   * there the version is read first, as the interface's default does.
   */
  @Override
  public VersionedBarPage firstPageWithVersion(Db db, BarQuery query, int skip, int limit) {
    if (onCitus(db)) {
      return QuoteRepository.super.firstPageWithVersion(db, query, skip, limit);
    }
    VersionedBarPage read = mapper(db).barsWithVersion(query, codes(query), query.from(),
        query.to(), null, null, skip, limit);
    return read.page().isEmpty() ? new VersionedBarPage(writeVersion(db), read.page()) : read;
  }

  @Override
  public Optional<LocalDate> latestTradeDate(Db db) {
    return Optional.ofNullable(mapper(db).latestTradeDate());
  }

  @Override
  public long writeVersion(Db db) {
    return mapper(db).writeVersion();
  }

  @Override
  public void refreshStatistics(Db db) {
    try (Statement statement = OpenWork.of(db).connection().createStatement()) {
      // On Citus an ANALYZE runs on each of the 32 shards, each sampling its own 30,000 rows,
      // and for all 28 columns it cost the cluster as much CPU as a fifth of the COPY itself:
      // there only the keys every plan hangs on (the code, the day) are refreshed at once, the
      // metrics are left to the workers' autoanalyze
      statement.execute(onCitus(db) ? "ANALYZE stock_daily (third_code, trade_date)"
          : "ANALYZE stock_daily");
    } catch (SQLException failure) {
      throw new PersistenceFailure("ANALYZE failed", failure);
    }
  }

  @Override
  public Optional<Double> latestAdjFactor(Db db, ThirdCode code, LocalDate from, LocalDate to) {
    return Optional.ofNullable(mapper(db).latestAdjFactor(code.value(), from, to));
  }

  @Override
  public List<LocalDate> tradeDays(Db db, LocalDate from, LocalDate to, int limit) {
    return onCitus(db) ? mapper(db).tradeDaysByScan(from, to, limit)
        : mapper(db).tradeDays(from, to, limit);
  }

  private static boolean onCitus(Db db) {
    try {
      return CitusCluster.isCoordinator(OpenWork.of(db).connection());
    } catch (SQLException failure) {
      throw new PersistenceFailure("database check failed", failure);
    }
  }

  @Override
  public Optional<LocalDate> tradeDayBefore(Db db, LocalDate day) {
    return Optional.ofNullable(mapper(db).tradeDayBefore(day));
  }

  @Override
  public Optional<LocalDate> earliestTradeDate(Db db) {
    return Optional.ofNullable(mapper(db).earliestTradeDate());
  }

  private static List<String> codes(BarQuery query) {
    return query.codes().size() == 1 ? List.of(query.codes().get(0).value())
        : query.codes().stream().map(ThirdCode::value).toList();
  }

  private BarMapper mapper(Db db) {
    return OpenWork.of(db).mapper(BarMapper.class);
  }
}
