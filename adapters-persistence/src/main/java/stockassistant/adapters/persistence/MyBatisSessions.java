package stockassistant.adapters.persistence;

import javax.sql.DataSource;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.executor.parameter.ParameterHandler;
import org.apache.ibatis.executor.resultset.ResultSetHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import stockassistant.adapters.persistence.calendar.CalendarMapper;
import stockassistant.adapters.persistence.calendar.SuspensionMapper;
import stockassistant.adapters.persistence.finance.FinanceMapper;
import stockassistant.adapters.persistence.finance.FinanceSearchMapper;
import stockassistant.adapters.persistence.llm.LlmConfigMapper;
import stockassistant.adapters.persistence.quote.BarMapper;
import stockassistant.adapters.persistence.quote.BarPageRows;
import stockassistant.adapters.persistence.stock.StockMapper;
import stockassistant.adapters.persistence.stock.StockSearchMapper;
import stockassistant.adapters.persistence.sync.SyncMapper;

/** The MyBatis configuration, in code so that it cannot drift from the mappers it lists. */
public final class MyBatisSessions {
  private MyBatisSessions() {}

  public static SqlSessionFactory create(DataSource dataSource) {
    var configuration = new PageReading(
        new Environment("stock-assistant", new JdbcTransactionFactory(), dataSource));
    configuration.setMapUnderscoreToCamelCase(true);
    // records are built through their canonical constructor (needs javac -parameters)
    configuration.setArgNameBasedConstructorAutoMapping(true);
    configuration.setAutoMappingBehavior(AutoMappingBehavior.FULL);
    // map results keep a key for a NULL column, so "absent" and "null" never get confused
    configuration.setCallSettersOnNulls(true);
    configuration.setCacheEnabled(false);
    configuration.setLocalCacheScope(org.apache.ibatis.session.LocalCacheScope.STATEMENT);
    configuration.addMapper(StockMapper.class);
    configuration.addMapper(BarMapper.class);
    configuration.addMapper(FinanceMapper.class);
    configuration.addMapper(LlmConfigMapper.class);
    configuration.addMapper(StockSearchMapper.class);
    configuration.addMapper(FinanceSearchMapper.class);
    configuration.addMapper(CalendarMapper.class);
    configuration.addMapper(SuspensionMapper.class);
    configuration.addMapper(SyncMapper.class);
    return new SqlSessionFactoryBuilder().build(configuration);
  }

  /**
   * MyBatis's configuration with one extension: statements that answer a bar page have their
   * rows read by {@link BarPageRows} (MyBatis's extension point for reading a result set; the
   * rest of the statement's way, SQL, binding and execution, stays MyBatis's own).
   */
  private static final class PageReading extends Configuration {
    PageReading(Environment environment) {
      super(environment);
    }

    @Override
    public ResultSetHandler newResultSetHandler(Executor executor, MappedStatement statement,
        RowBounds rowBounds, ParameterHandler parameters, ResultHandler resultHandler,
        BoundSql boundSql) {
      if (BarPageRows.reads(statement)) {
        return (ResultSetHandler) interceptorChain.pluginAll(
            BarPageRows.of(statement, boundSql.getParameterObject()));
      }
      return super.newResultSetHandler(executor, statement, rowBounds, parameters, resultHandler,
          boundSql);
    }
  }
}
