package stockassistant.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.marketdata.UpsertBarsCommand;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.domain.stock.ThirdCode;

/** An operator's view: pool, repository and breaker MBeans read over a remote JMX connection. */
class RemoteJmxIT {

  @Test
  void poolRepositoryAndBreakerMBeansMoveWithTraffic() throws Exception {
    int jmxPort = freePort();
    try (Service service = Service.start(TestConfigs.onTestDatabase(
            Map.of("JMX_PORT", String.valueOf(jmxPort), "MIGRATE_ON_START", "false")));
        JMXConnector connector = JMXConnectorFactory.connect(
            new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"))) {
      MBeanServerConnection jmx = connector.getMBeanServerConnection();
      Set<ObjectName> names = jmx.queryNames(new ObjectName(JmxPublisher.DOMAIN + ":*"), null);
      ObjectName upsertTimer = find(names, "usecase.MarketData.upsertBars");
      long countBefore = upsertTimer == null ? 0 : (Long) jmx.getAttribute(upsertTimer, "Count");

      MarketData marketData = service.injector().getInstance(MarketData.class);
      for (int i = 0; i < 3; i++) {
        marketData.upsertBars(new UpsertBarsCommand(List.of(aBar().of("600000.SH").build())));
        marketData.latestBar(ThirdCode.of("600000.SH"));
      }

      names = jmx.queryNames(new ObjectName(JmxPublisher.DOMAIN + ":*"), null);
      upsertTimer = find(names, "usecase.MarketData.upsertBars");
      assertThat(upsertTimer).as("a repository timer MBean").isNotNull();
      assertThat((Long) jmx.getAttribute(upsertTimer, "Count")).isEqualTo(countBefore + 3);

      ObjectName totalConnections = find(names, "pool.TotalConnections");
      assertThat(totalConnections).as("a pool MBean").isNotNull();
      assertThat(((Number) jmx.getAttribute(totalConnections, "Value")).intValue()).isPositive();
      ObjectName usage = find(names, "pool.Usage");
      assertThat((Long) jmx.getAttribute(usage, "Count")).isPositive();

      ObjectName breakerState = find(names, "circuitbreaker.database.state");
      assertThat(breakerState).as("a circuit breaker MBean").isNotNull();
      assertThat(((Number) jmx.getAttribute(breakerState, "Value")).intValue()).isZero();
    }
  }

  private static ObjectName find(Set<ObjectName> names, String fragment) {
    return names.stream().filter(name -> name.toString().contains(fragment)).findFirst().orElse(null);
  }

  private static int freePort() throws Exception {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
