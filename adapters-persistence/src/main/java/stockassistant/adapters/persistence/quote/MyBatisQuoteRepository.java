package stockassistant.adapters.persistence.quote;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.exceptions.PersistenceException;
import stockassistant.adapters.persistence.bulk.BulkUpsert;
import stockassistant.adapters.persistence.session.Transactions;
import stockassistant.domain.quote.BarKey;
import stockassistant.domain.quote.BarSearch;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.QuoteRepository;
import stockassistant.domain.stock.ThirdCode;

/**
 * stock_daily: small reads through MyBatis, pages of bars straight from JDBC into columns
 * ({@link BarPageReader}), and COPY for the bulk upsert.
 */
public final class MyBatisQuoteRepository implements QuoteRepository {
  private static final BarPageReader PRICE_RANGE =
      new BarPageReader(BarSql.PRICE_RANGE, BarMetric.PRICE_BAR, false);
  private static final BarPageReader FULL_RANGE =
      new BarPageReader(BarSql.FULL_RANGE, EnumSet.allOf(BarMetric.class), false);
  private static final BarPageReader CROSS_SECTION =
      new BarPageReader(BarSql.CROSS_SECTION, EnumSet.allOf(BarMetric.class), true);

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
    return writer.upsert(tx.connection(), bars);
  }

  @Override
  public BarPage priceBars(ThirdCode code, LocalDate from, LocalDate to, int limit) {
    return PRICE_RANGE.read(tx.connection(), code.value(), limit, code.value(), from, to, limit);
  }

  @Override
  public BarPage fullBars(ThirdCode code, LocalDate from, LocalDate to, int limit) {
    return FULL_RANGE.read(tx.connection(), code.value(), limit, code.value(), from, to, limit);
  }

  @Override
  public Optional<DailyBar> latest(ThirdCode code) {
    return Optional.ofNullable(mapper().latest(code.value()));
  }

  @Override
  public Optional<LocalDate> latestTradeDate() {
    return Optional.ofNullable(mapper().latestTradeDate());
  }

  @Override
  public BarPage crossSection(LocalDate tradeDate, ThirdCode after, int limit) {
    return CROSS_SECTION.read(tx.connection(), null, limit, tradeDate,
        after == null ? "" : after.value(), limit);
  }

  @Override
  public void refreshStatistics() {
    try (Statement statement = tx.connection().createStatement()) {
      statement.execute("ANALYZE stock_daily");
    } catch (SQLException failure) {
      throw new PersistenceException("ANALYZE failed", failure);
    }
  }

  @Override
  public Optional<Double> latestAdjFactor(ThirdCode code, LocalDate from, LocalDate to) {
    return Optional.ofNullable(search().latestAdjFactor(code.value(), from, to));
  }

  @Override
  public List<DailyBar> newestFirst(BarSearch search, BarKey after, int skip, int limit) {
    return search().newestFirst(search.codes().stream().map(ThirdCode::value).toList(),
        search.from(), search.to(), search.columns(), search.knownMetric(),
        after == null ? null : after.tradeDate(), after == null ? null : after.thirdCode().value(),
        skip, limit);
  }

  @Override
  public List<LocalDate> tradeDays(LocalDate from, LocalDate to, int limit) {
    return search().tradeDays(from, to, limit);
  }

  @Override
  public Optional<LocalDate> tradeDayBefore(LocalDate day) {
    return Optional.ofNullable(search().tradeDayBefore(day));
  }

  @Override
  public Optional<LocalDate> earliestTradeDate() {
    return Optional.ofNullable(search().earliestTradeDate());
  }

  private BarSearchMapper search() {
    return tx.mapper(BarSearchMapper.class);
  }

  private DailyBarMapper mapper() {
    return tx.mapper(DailyBarMapper.class);
  }
}
