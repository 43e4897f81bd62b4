package stockassistant.adapters.persistence.stock;

import stockassistant.domain.transaction.Db;
import stockassistant.adapters.persistence.session.OpenWork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import stockassistant.adapters.persistence.session.Batches;
import stockassistant.domain.LastPerKey;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.stock.StockRepository;
import stockassistant.domain.stock.StockSearch;
import stockassistant.domain.stock.ThirdCode;

/** stock_info through MyBatis. */
public final class MyBatisStockRepository implements StockRepository {
  /** 17 binds per row: 1,000 rows stay well under PostgreSQL's 32,767 binds per statement. */
  static final int ROWS_PER_STATEMENT = 1_000;



  @Override
  public Optional<Stock> findBySymbol(Db db, String symbol) {
    return Optional.ofNullable(mapper(db).findBySymbol(symbol)).map(StockRow::toDomain);
  }

  @Override
  public Optional<Stock> findByThirdCode(Db db, ThirdCode code) {
    return Optional.ofNullable(mapper(db).findByThirdCode(code.value())).map(StockRow::toDomain);
  }

  @Override
  public List<Stock> findByThirdCodes(Db db, Collection<ThirdCode> codes) {
    List<String> values = codes.stream().map(ThirdCode::value).distinct().toList();
    var found = new ArrayList<Stock>();
    for (List<String> chunk : Batches.of(values, ROWS_PER_STATEMENT)) {
      mapper(db).findByThirdCodes(chunk).forEach(row -> found.add(row.toDomain()));
    }
    return found;
  }

  @Override
  public List<Stock> list(Db db, int skip, int limit) {
    return mapper(db).list(skip, limit).stream().map(StockRow::toDomain).toList();
  }

  @Override
  public List<Stock> search(Db db, String text, int limit) {
    String pattern = likeEscaped(text);
    return mapper(db).search(text, pattern, limit).stream().map(StockRow::toDomain).toList();
  }

  /** The text as a literal inside LIKE: its own % and _ match only themselves. */
  static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Override
  public Stock upsert(Db db, Stock stock) {
    return mapper(db).upsert(StockRow.of(stock)).toDomain();
  }

  @Override
  public int upsertAll(Db db, List<Stock> stocks) {
    List<StockRow> rows = LastPerKey.of(stocks, Stock::thirdCode).stream().map(StockRow::of).toList();
    int written = 0;
    for (List<StockRow> chunk : Batches.of(rows, ROWS_PER_STATEMENT)) {
      written += mapper(db).upsertAll(chunk);
    }
    return written;
  }

  @Override
  public List<ThirdCode> missingFinance(Db db, LocalDate period, LocalDate checkedBefore, int limit) {
    return mapper(db).missingFinance(period, checkedBefore, limit).stream().map(ThirdCode::of).toList();
  }

  @Override
  public int markFinanceSynced(Db db, Collection<ThirdCode> codes, LocalDate syncDate) {
    List<String> values = codes.stream().map(ThirdCode::value).distinct().toList();
    int updated = 0;
    for (List<String> chunk : Batches.of(values, 10_000)) {
      updated += mapper(db).markFinanceSynced(chunk, syncDate);
    }
    return updated;
  }

  @Override
  public List<Stock> search(Db db, StockSearch search, ThirdCode after, int skip, int limit) {
    return OpenWork.of(db).mapper(StockSearchMapper.class).search(
            search.codes().stream().map(ThirdCode::value).toList(), search.name(), search.market(),
            search.listStatus(), search.exchange(), search.isHs(),
            after == null ? null : after.value(), skip, limit)
        .stream().map(StockRow::toDomain).toList();
  }

  private StockMapper mapper(Db db) {
    return OpenWork.of(db).mapper(StockMapper.class);
  }
}
