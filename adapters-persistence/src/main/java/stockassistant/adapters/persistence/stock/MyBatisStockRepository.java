package stockassistant.adapters.persistence.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import stockassistant.adapters.persistence.session.Batches;
import stockassistant.adapters.persistence.session.Transactions;
import stockassistant.domain.LastPerKey;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.stock.StockRepository;
import stockassistant.domain.stock.StockSearch;
import stockassistant.domain.stock.ThirdCode;

/** stock_info through MyBatis. */
public final class MyBatisStockRepository implements StockRepository {
  /** 17 binds per row: 1,000 rows stay well under PostgreSQL's 32,767 binds per statement. */
  static final int ROWS_PER_STATEMENT = 1_000;

  private final Transactions tx;

  public MyBatisStockRepository(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public Optional<Stock> findBySymbol(String symbol) {
    return Optional.ofNullable(mapper().findBySymbol(symbol)).map(StockRow::toDomain);
  }

  @Override
  public Optional<Stock> findByThirdCode(ThirdCode code) {
    return Optional.ofNullable(mapper().findByThirdCode(code.value())).map(StockRow::toDomain);
  }

  @Override
  public List<Stock> findByThirdCodes(Collection<ThirdCode> codes) {
    List<String> values = codes.stream().map(ThirdCode::value).distinct().toList();
    var found = new ArrayList<Stock>();
    for (List<String> chunk : Batches.of(values, ROWS_PER_STATEMENT)) {
      mapper().findByThirdCodes(chunk).forEach(row -> found.add(row.toDomain()));
    }
    return found;
  }

  @Override
  public List<Stock> list(int skip, int limit) {
    return mapper().list(skip, limit).stream().map(StockRow::toDomain).toList();
  }

  @Override
  public List<Stock> search(String text, int limit) {
    String pattern = likeEscaped(text);
    return mapper().search(text, pattern, limit).stream().map(StockRow::toDomain).toList();
  }

  /** The text as a literal inside LIKE: its own % and _ match only themselves. */
  static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Override
  public Stock upsert(Stock stock) {
    return mapper().upsert(StockRow.of(stock)).toDomain();
  }

  @Override
  public int upsertAll(List<Stock> stocks) {
    List<StockRow> rows = LastPerKey.of(stocks, Stock::thirdCode).stream().map(StockRow::of).toList();
    int written = 0;
    for (List<StockRow> chunk : Batches.of(rows, ROWS_PER_STATEMENT)) {
      written += mapper().upsertAll(chunk);
    }
    return written;
  }

  @Override
  public List<ThirdCode> missingFinance(LocalDate period, LocalDate checkedBefore, int limit) {
    return mapper().missingFinance(period, checkedBefore, limit).stream().map(ThirdCode::of).toList();
  }

  @Override
  public int markFinanceSynced(Collection<ThirdCode> codes, LocalDate syncDate) {
    List<String> values = codes.stream().map(ThirdCode::value).distinct().toList();
    int updated = 0;
    for (List<String> chunk : Batches.of(values, 10_000)) {
      updated += mapper().markFinanceSynced(chunk, syncDate);
    }
    return updated;
  }

  @Override
  public List<Stock> search(StockSearch search, ThirdCode after, int skip, int limit) {
    return tx.mapper(StockSearchMapper.class).search(
            search.codes().stream().map(ThirdCode::value).toList(), search.name(), search.market(),
            search.listStatus(), search.exchange(), search.isHs(),
            after == null ? null : after.value(), skip, limit)
        .stream().map(StockRow::toDomain).toList();
  }

  private StockMapper mapper() {
    return tx.mapper(StockMapper.class);
  }
}
