package stockassistant.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.codahale.metrics.MetricRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.management.Attribute;
import javax.management.MBeanServerConnection;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.marketdata.UpsertBarsCommand;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.domain.stock.ThirdCode;

/**
 * An operator's view: pool, repository and breaker MBeans read over a remote JMX connection,
 * which asks for a user and password and, unless told otherwise, allows reading only.
 */
class RemoteJmxIT {
  private static final String PASSWORD = "Jmx-Pw-4c1d9e";
  private static final ObjectName MEMORY = name("java.lang:type=Memory");

  @Test
  void poolRepositoryAndBreakerMBeansMoveWithTraffic() throws Exception {
    int jmxPort = RemoteJmx.freePort();
    try (Service service = Service.start(TestConfigs.onTestDatabase(Map.of("JMX_PORT",
            String.valueOf(jmxPort), "JMX_PASSWORD", PASSWORD, "MIGRATE_ON_START", "false")));
        JMXConnector connector = RemoteJmx.connect(jmxPort, "monitor", PASSWORD)) {
      MBeanServerConnection jmx = connector.getMBeanServerConnection();
      Set<ObjectName> names = jmx.queryNames(new ObjectName(JmxPublisher.DOMAIN + ":*"), null);
      ObjectName upsertTimer = RemoteJmx.find(names, "usecase.MarketData.upsertBars");
      long countBefore = upsertTimer == null ? 0 : (Long) jmx.getAttribute(upsertTimer, "Count");

      MarketData marketData = service.injector().getInstance(MarketData.class);
      for (int i = 0; i < 3; i++) {
        marketData.upsertBars(new UpsertBarsCommand(List.of(aBar().of("600000.SH").build())));
        marketData.latestBar(ThirdCode.of("600000.SH"));
      }

      names = jmx.queryNames(new ObjectName(JmxPublisher.DOMAIN + ":*"), null);
      upsertTimer = RemoteJmx.find(names, "usecase.MarketData.upsertBars");
      assertThat(upsertTimer).as("a use-case timer MBean").isNotNull();
      assertThat((Long) jmx.getAttribute(upsertTimer, "Count")).isEqualTo(countBefore + 3);

      ObjectName totalConnections = RemoteJmx.find(names, "pool.TotalConnections");
      assertThat(totalConnections).as("a pool MBean").isNotNull();
      assertThat(((Number) jmx.getAttribute(totalConnections, "Value")).intValue()).isPositive();
      ObjectName usage = RemoteJmx.find(names, "pool.Usage");
      assertThat((Long) jmx.getAttribute(usage, "Count")).isPositive();

      ObjectName breakerState = RemoteJmx.find(names, "circuitbreaker.database.state");
      assertThat(breakerState).as("a circuit breaker MBean").isNotNull();
      assertThat(((Number) jmx.getAttribute(breakerState, "Value")).intValue()).isZero();
    }
  }

  @Test
  void refusesAConnectionWithoutTheRightCredentials() throws Exception {
    int port = RemoteJmx.freePort();
    try (JmxPublisher publisher = JmxPublisher.start(new MetricRegistry(), port,
        settings(Optional.of(PASSWORD), false, true))) {
      assertThatThrownBy(() -> JMXConnectorFactory.connect(
          new JMXServiceURL(JmxPublisher.serviceUrl(port))).close())
          .isInstanceOf(SecurityException.class);
      assertThatThrownBy(() -> RemoteJmx.connect(port, "monitor", "guess").close())
          .isInstanceOf(SecurityException.class);
      assertThatThrownBy(() -> RemoteJmx.connect(port, "admin", PASSWORD).close())
          .isInstanceOf(SecurityException.class);
    }
  }

  @Test
  void readsAttributesButRefusesOperationsAndWritesWhenReadOnly() throws Exception {
    int port = RemoteJmx.freePort();
    var metrics = new MetricRegistry();
    metrics.counter("security.probe").inc(7);
    try (JmxPublisher publisher = JmxPublisher.start(metrics, port,
            settings(Optional.of(PASSWORD), false, true));
        JMXConnector connector = RemoteJmx.connect(port, "monitor", PASSWORD)) {
      MBeanServerConnection jmx = connector.getMBeanServerConnection();
      ObjectName probe = RemoteJmx.find(jmx.queryNames(name(JmxPublisher.DOMAIN + ":*"), null), "security.probe");

      assertThat(jmx.getAttribute(probe, "Count")).isEqualTo(7L);
      assertThat(jmx.getAttribute(MEMORY, "HeapMemoryUsage")).isNotNull();
      assertThatThrownBy(() -> jmx.invoke(MEMORY, "gc", null, null))
          .isInstanceOf(SecurityException.class).hasMessageContaining("Access denied");
      assertThatThrownBy(() -> jmx.setAttribute(MEMORY, new Attribute("Verbose", true)))
          .isInstanceOf(SecurityException.class);
      assertThatThrownBy(() -> jmx.unregisterMBean(probe)).isInstanceOf(SecurityException.class);
      assertThat(jmx.isRegistered(probe)).isTrue();
    }
  }

  @Test
  void invokesOperationsWhenReadWriteIsConfigured() throws Exception {
    int port = RemoteJmx.freePort();
    try (JmxPublisher publisher = JmxPublisher.start(new MetricRegistry(), port,
            settings(Optional.of(PASSWORD), true, true));
        JMXConnector connector = RemoteJmx.connect(port, "monitor", PASSWORD)) {
      MBeanServerConnection jmx = connector.getMBeanServerConnection();
      assertThat(jmx.invoke(MEMORY, "gc", null, null)).isNull();
      assertThatThrownBy(() -> jmx.unregisterMBean(MEMORY))
          .as("creating and removing MBeans is never allowed").isInstanceOf(SecurityException.class);
      assertThat(jmx.isRegistered(MEMORY)).isTrue();
    }
  }

  @Test
  void generatesAnOwnerOnlyPasswordFileWhenNoneIsSet() throws Exception {
    int port = RemoteJmx.freePort();
    Path dataDir = Files.createTempDirectory(Path.of("target"), "jmx-data-");
    JmxSettings settings = new JmxSettings("monitor", Optional.empty(), false, true,
        dataDir.resolve(JmxSettings.PASSWORD_FILE));
    try (JmxPublisher publisher = JmxPublisher.start(new MetricRegistry(), port, settings)) {
      Path file = dataDir.resolve(JmxSettings.PASSWORD_FILE);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      try (JMXConnector connector = RemoteJmx.connect(port, "monitor", Files.readString(file).strip())) {
        assertThat(connector.getMBeanServerConnection().getMBeanCount()).isPositive();
      }
    }
  }

  @Test
  void goesWithoutAuthenticationOnlyWhenASettingSaysSoAndWarns() throws Exception {
    int port = RemoteJmx.freePort();
    var warnings = new ListAppender<ILoggingEvent>();
    var logger = (Logger) LoggerFactory.getLogger(JmxPublisher.class);
    warnings.start();
    logger.addAppender(warnings);
    try (JmxPublisher publisher = JmxPublisher.start(new MetricRegistry(), port,
            settings(Optional.empty(), false, false));
        JMXConnector connector = JMXConnectorFactory.connect(
            new JMXServiceURL(JmxPublisher.serviceUrl(port)))) {
      assertThat(connector.getMBeanServerConnection().getMBeanCount()).isPositive();
      assertThatThrownBy(() -> connector.getMBeanServerConnection().invoke(MEMORY, "gc", null, null))
          .as("read-only still holds").isInstanceOf(SecurityException.class);
    } finally {
      logger.detachAppender(warnings);
    }
    assertThat(warnings.list).anySatisfy(event -> {
      assertThat(event.getLevel()).isEqualTo(Level.WARN);
      assertThat(event.getFormattedMessage()).contains("NO authentication")
          .contains("JMX_AUTHENTICATE=false");
    });
  }

  private static JmxSettings settings(Optional<String> password, boolean readWrite,
      boolean authenticate) {
    return new JmxSettings("monitor", password, readWrite, authenticate,
        Path.of("target", "unused-jmx.password"));
  }

  private static ObjectName name(String text) {
    try {
      return new ObjectName(text);
    } catch (MalformedObjectNameException malformed) {
      throw new IllegalArgumentException(malformed);
    }
  }
}
