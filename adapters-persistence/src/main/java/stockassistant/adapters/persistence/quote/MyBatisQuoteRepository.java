package stockassistant.adapters.persistence.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import stockassistant.adapters.persistence.bulk.StagedCopy;
import stockassistant.adapters.persistence.session.Batches;
import stockassistant.adapters.persistence.session.StreamedRows;
import stockassistant.adapters.persistence.session.Transactions;
import stockassistant.domain.LastPerKey;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.MarketBar;
import stockassistant.domain.quote.QuoteRepository;
import stockassistant.domain.stock.ThirdCode;

/** stock_daily through MyBatis, with COPY for the bulk upsert. */
public final class MyBatisQuoteRepository implements QuoteRepository {
  /** Below this many rows a multi-VALUES statement beats creating a staging table. */
  static final int COPY_THRESHOLD = 64;

  private final Transactions tx;

  public MyBatisQuoteRepository(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public int upsertAll(List<DailyBar> bars) {
    List<DailyBar> unique = LastPerKey.of(bars, DailyBar::key);
    if (unique.isEmpty()) {
      return 0;
    }
    if (unique.size() < COPY_THRESHOLD) {
      return upsertByRows(unique);
    }
    List<Object[]> probe = List.of(BarRows.key(unique.get(0)), BarRows.key(unique.get(unique.size() - 1)));
    return tx.inTransaction(() -> StagedCopy.upsert(tx.session().getConnection(), BarSql.TABLE,
        probe, unique.size(), out -> unique.forEach(bar -> BarRows.copy(bar, out))));
  }

  /** The multi-VALUES path, whatever the size; the reference the COPY path is checked against. */
  public int upsertByRows(List<DailyBar> bars) {
    List<DailyBar> unique = LastPerKey.of(bars, DailyBar::key);
    if (unique.isEmpty()) {
      return 0;
    }
    return tx.inTransaction(() -> {
      for (List<DailyBar> batch : Batches.of(unique, BarSql.TABLE.rowsPerStatement())) {
        mapper().upsertRows(batch.stream().map(BarRows::toRow).toList());
      }
      // unchanged rows are skipped by the statement but are stored as given all the same
      return unique.size();
    });
  }

  /**
   * A range of one code has at most one row per day, so up to ten years is small enough to read
   * in one round trip; longer ranges stream through a cursor.
   */
  static final long BOUNDED_RANGE_DAYS = 3_660;

  @Override
  public void priceBars(ThirdCode code, LocalDate from, LocalDate to, Consumer<DailyBar> sink) {
    read(from, to, () -> {
      StreamedRows.handle(rows -> mapper().priceBars(code.value(), from, to, rows), sink);
      return null;
    });
  }

  @Override
  public void valuationBars(ThirdCode code, LocalDate from, LocalDate to, Consumer<DailyBar> sink) {
    read(from, to, () -> {
      StreamedRows.handle(rows -> mapper().valuationBars(code.value(), from, to, rows), sink);
      return null;
    });
  }

  @Override
  public Optional<DailyBar> latest(ThirdCode code) {
    return tx.boundedRead(() -> Optional.ofNullable(mapper().latest(code.value())));
  }

  @Override
  public Optional<LocalDate> latestTradeDate() {
    return tx.boundedRead(() -> Optional.ofNullable(mapper().latestTradeDate()));
  }

  @Override
  public void crossSection(LocalDate tradeDate, Consumer<MarketBar> sink) {
    tx.readOnly(() -> {
      StreamedRows.handle(rows -> mapper().crossSection(tradeDate, rows), sink);
      return null;
    });
  }

  private void read(LocalDate from, LocalDate to, java.util.function.Supplier<Void> query) {
    if (java.time.temporal.ChronoUnit.DAYS.between(from, to) <= BOUNDED_RANGE_DAYS) {
      tx.boundedRead(query);
    } else {
      tx.readOnly(query);
    }
  }

  private DailyBarMapper mapper() {
    return tx.mapper(DailyBarMapper.class);
  }
}
