package stockassistant.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;
import static stockassistant.domain.testdata.FinanceReportBuilder.aReport;
import static stockassistant.domain.testdata.LlmConfigBuilder.anLlmConfig;
import static stockassistant.domain.testdata.StockBuilder.aStock;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.bootstrap.architecture.ExcludeTestJars;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.finance.FinanceSearch;
import stockassistant.domain.finance.ReportKey;
import stockassistant.domain.llm.LlmConfig;
import stockassistant.domain.quote.BarKey;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarQuery;
import stockassistant.domain.calendar.Exchange;
import stockassistant.domain.calendar.ExchangeDay;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.calendar.SuspensionSearch;
import stockassistant.domain.quality.AuditSlice;
import stockassistant.domain.quality.Check;
import stockassistant.domain.quality.Dataset;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.stock.StockSearch;
import stockassistant.domain.stock.ThirdCode;
import stockassistant.domain.transaction.Db;
import stockassistant.domain.transaction.UnitOfWork;

/**
 * Every method of every repository port has its own timer, {@code repository.<Port>.<method>},
 * which an operator reads over the remote JMX connector (password, as the README starts it) and
 * which counts each call. The ports and their methods are read from the domain's classes, so a
 * port or a method added later without a timer fails here without anyone editing this test.
 */
class RepositoryTimersIT {
  private static final String PASSWORD = "Jmx-Pw-21b7f3";
  private static final String CODE = "920021.BJ";
  private static final LocalDate DAY = LocalDate.parse("2024-01-02");
  /** An argument for each parameter type a port method takes; null is "from the first". */
  private static final Map<Type, Supplier<Object>> SAMPLES = new HashMap<>();

  static {
    SAMPLES.put(int.class, () -> 10);
    SAMPLES.put(String.class, () -> "920021");
    SAMPLES.put(ThirdCode.class, () -> ThirdCode.of(CODE));
    SAMPLES.put(LocalDate.class, () -> DAY);
    SAMPLES.put(DailyBar.class, () -> aBar().of(CODE).on(DAY).build());
    SAMPLES.put(Stock.class, () -> aStock().of(CODE).build());
    SAMPLES.put(FinanceReport.class, () -> aReport().of(CODE).build());
    SAMPLES.put(LlmConfig.class, () -> anLlmConfig().alias("920021").build());
    SAMPLES.put(StockSearch.class,
        () -> new StockSearch(List.of(ThirdCode.of(CODE)), null, null, null, null, null));
    SAMPLES.put(BarQuery.class, () -> BarQuery.range(ThirdCode.of(CODE), DAY, DAY,
        EnumSet.allOf(BarMetric.class)));
    SAMPLES.put(Boolean.class, () -> Boolean.TRUE);
    SAMPLES.put(Exchange.class, () -> Exchange.BSE);
    SAMPLES.put(ExchangeDay.class, () -> new ExchangeDay(Exchange.BSE, DAY, true, null));
    SAMPLES.put(Suspension.class,
        () -> new Suspension(ThirdCode.of(CODE), DAY, null, Suspension.SuspendType.S));
    SAMPLES.put(SuspensionSearch.class,
        () -> new SuspensionSearch(List.of(ThirdCode.of(CODE)), DAY, DAY, null));
    SAMPLES.put(Check.class, () -> Check.PRICE_SANITY);
    SAMPLES.put(AuditSlice.class, () -> new AuditSlice(List.of(CODE), DAY, DAY, DAY));
    SAMPLES.put(Dataset.class, () -> Dataset.BARS);
    SAMPLES.put(FinanceSearch.class,
        () -> new FinanceSearch(List.of(ThirdCode.of(CODE)), null, null, null));
    SAMPLES.put(BarKey.class, () -> null);
    SAMPLES.put(ReportKey.class, () -> null);
  }

  @BeforeEach
  @AfterEach
  void removeWhatTheCallsStored() {
    for (String table : List.of("stock_daily", "stock_finance", "stock_info")) {
      TestDatabase.execute("DELETE FROM " + table + " WHERE third_code = '" + CODE + "'");
    }
    TestDatabase.execute("DELETE FROM llm_configs WHERE alias = '920021'");
    TestDatabase.execute("DELETE FROM stock_suspension WHERE third_code = '" + CODE + "'");
    TestDatabase.execute("DELETE FROM trade_calendar WHERE exchange = 'BSE' AND cal_date = '"
        + DAY + "'");
  }

  @Test
  void everyPortMethodHasATimerOnJmxThatCountsEachCall() throws Exception {
    List<Method> methods = portMethods();
    assertThat(methods).as("the repository ports' methods").hasSizeGreaterThan(25);
    assertThat(methods.stream().map(RepositoryTimersIT::timerName).distinct())
        .as("one timer name per method").hasSameSizeAs(methods);
    int jmxPort = RemoteJmx.freePort();
    try (Service service = Service.start(TestConfigs.onTestDatabase(Map.of("JMX_PORT",
            String.valueOf(jmxPort), "JMX_PASSWORD", PASSWORD, "MIGRATE_ON_START", "false")));
        JMXConnector connector = RemoteJmx.connect(jmxPort, "monitor", PASSWORD)) {
      MBeanServerConnection jmx = connector.getMBeanServerConnection();
      UnitOfWork work = service.injector().getInstance(UnitOfWork.class);
      var failures = new ArrayList<String>();
      for (Method method : methods) {
        String timer = timerName(method);
        long before = count(jmx, timer);
        Object port = service.injector().getInstance(method.getDeclaringClass());
        work.write("test.repositoryTimers", db -> call(port, method, arguments(db, method)));
        long after = count(jmx, timer);
        if (after != before + 1) {
          failures.add(timer + ": count " + before + " -> " + after + " after one call"
              + (after < 0 ? " (no such MBean)" : ""));
        }
      }
      assertThat(failures).as("port methods without a working timer on JMX").isEmpty();
    }
  }

  /** Every method of every interface named *Repository in the domain's main classes. */
  private static List<Method> portMethods() {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(new ExcludeTestJars()).importPackages("stockassistant.domain").stream()
        .filter(JavaClass::isInterface).filter(type -> type.getSimpleName().endsWith("Repository"))
        .map(JavaClass::reflect).flatMap(port -> Arrays.stream(port.getMethods()))
        .filter(method -> !method.isDefault() && !java.lang.reflect.Modifier.isStatic(
            method.getModifiers()))
        .sorted(Comparator.comparing(RepositoryTimersIT::timerName)).toList();
  }

  /**
   * repository.Port.method; an overloaded method adds the type of its first parameter after the
   * unit of work's handle, which every method takes first.
   */
  static String timerName(Method method) {
    Class<?> port = method.getDeclaringClass();
    boolean overloaded = Arrays.stream(port.getMethods())
        .filter(other -> other.getName().equals(method.getName())).count() > 1;
    return "repository." + port.getSimpleName() + "." + method.getName()
        + (overloaded ? "(" + method.getParameterTypes()[1].getSimpleName() + ")" : "");
  }

  /** The timer's Count, or -1 when no such MBean is registered. */
  private static long count(MBeanServerConnection jmx, String timer) throws Exception {
    var pattern = new ObjectName(JmxPublisher.DOMAIN + ":name=" + timer + ",*");
    var names = jmx.queryNames(pattern, null);
    return names.isEmpty() ? -1 : (Long) jmx.getAttribute(names.iterator().next(), "Count");
  }

  /** The handle first (every port method takes it), then a sample for each other parameter. */
  private static Object[] arguments(Db db, Method method) {
    Type[] types = method.getGenericParameterTypes();
    assertThat(types[0]).as("the first parameter of " + method).isEqualTo(Db.class);
    Object[] arguments = new Object[types.length];
    arguments[0] = db;
    for (int i = 1; i < types.length; i++) {
      arguments[i] = sample(types[i], method);
    }
    return arguments;
  }

  private static Object sample(Type type, Method method) {
    if (type instanceof ParameterizedType generic
        && (generic.getRawType() == List.class || generic.getRawType() == Collection.class)) {
      return List.of(sample(generic.getActualTypeArguments()[0], method));
    }
    Supplier<Object> sample = SAMPLES.get(type);
    if (sample == null) {
      throw new AssertionError("no sample " + type.getTypeName() + " to call " + method
          + " with: add one to RepositoryTimersIT.SAMPLES");
    }
    return sample.get();
  }

  private static Object call(Object port, Method method, Object[] arguments) {
    try {
      return method.invoke(port, arguments);
    } catch (IllegalAccessException failure) {
      throw new AssertionError(failure);
    } catch (InvocationTargetException failure) {
      throw new AssertionError(method + " failed", failure.getCause());
    }
  }
}
