package stockassistant.adapters.persistence;

import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import stockassistant.adapters.persistence.calendar.CalendarMapper;
import stockassistant.adapters.persistence.finance.FinanceMapper;
import stockassistant.adapters.persistence.finance.FinanceSearchMapper;
import stockassistant.adapters.persistence.llm.LlmConfigMapper;
import stockassistant.adapters.persistence.quote.BarSearchMapper;
import stockassistant.adapters.persistence.quote.DailyBarMapper;
import stockassistant.adapters.persistence.quote.BarRowReader;
import stockassistant.domain.quote.DailyBar;
import stockassistant.adapters.persistence.stock.StockMapper;
import stockassistant.adapters.persistence.stock.StockSearchMapper;
import stockassistant.adapters.persistence.sync.SyncMapper;

/** The MyBatis configuration, in code so that it cannot drift from the mappers it lists. */
public final class MyBatisSessions {
  private MyBatisSessions() {}

  public static SqlSessionFactory create(DataSource dataSource) {
    var configuration = new Configuration(
        new Environment("stock-assistant", new JdbcTransactionFactory(), dataSource));
    configuration.setMapUnderscoreToCamelCase(true);
    // records are built through their canonical constructor (needs javac -parameters)
    configuration.setArgNameBasedConstructorAutoMapping(true);
    configuration.setAutoMappingBehavior(AutoMappingBehavior.FULL);
    // map results keep a key for a NULL column, so "absent" and "null" never get confused
    configuration.setCallSettersOnNulls(true);
    configuration.setCacheEnabled(false);
    configuration.setLocalCacheScope(org.apache.ibatis.session.LocalCacheScope.STATEMENT);
    // row mappers of the hot bar reads (registered before the mappers that use them)
    configuration.getTypeHandlerRegistry().register(DailyBar.class, new BarRowReader());
    configuration.addMapper(StockMapper.class);
    configuration.addMapper(DailyBarMapper.class);
    configuration.addMapper(FinanceMapper.class);
    configuration.addMapper(LlmConfigMapper.class);
    configuration.addMapper(BarSearchMapper.class);
    configuration.addMapper(StockSearchMapper.class);
    configuration.addMapper(FinanceSearchMapper.class);
    configuration.addMapper(CalendarMapper.class);
    configuration.addMapper(SyncMapper.class);
    return new SqlSessionFactoryBuilder().build(configuration);
  }
}
