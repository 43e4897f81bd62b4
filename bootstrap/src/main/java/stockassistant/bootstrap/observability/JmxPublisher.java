package stockassistant.bootstrap.observability;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.jmx.JmxReporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.RMIServerSocketFactory;
import java.rmi.server.UnicastRemoteObject;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;
import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXServiceURL;
import javax.management.remote.rmi.RMIConnectorServer;

/**
 * Publishes every metric as an MBean under the {@code stockassistant} domain, and, when
 * JMX_PORT is set, opens a remote JMX connector bound to loopback only, so JConsole or VisualVM
 * on this machine (or through an SSH tunnel) can attach while nothing is exposed to the network.
 */
public final class JmxPublisher implements AutoCloseable {
  public static final String DOMAIN = "stockassistant";

  private final JmxReporter reporter;
  private final JMXConnectorServer connector;
  private final Registry registry;

  private JmxPublisher(JmxReporter reporter, JMXConnectorServer connector, Registry registry) {
    this.reporter = reporter;
    this.connector = connector;
    this.registry = registry;
  }

  public static JmxPublisher start(MetricRegistry metrics, Integer remotePort) {
    JmxReporter reporter = JmxReporter.forRegistry(metrics).inDomain(DOMAIN)
        .convertDurationsTo(TimeUnit.MILLISECONDS).convertRatesTo(TimeUnit.SECONDS).build();
    reporter.start();
    if (remotePort == null) {
      return new JmxPublisher(reporter, null, null);
    }
    try {
      InetAddress loopback = InetAddress.getLoopbackAddress();
      RMIServerSocketFactory loopbackOnly = port -> new ServerSocket(port, 50, loopback);
      // stubs handed to clients must point at loopback, not at the host's public name
      System.setProperty("java.rmi.server.hostname", loopback.getHostAddress());
      Registry registry = LocateRegistry.createRegistry(remotePort, null, loopbackOnly);
      var environment = new HashMap<String, Object>();
      environment.put(RMIConnectorServer.RMI_SERVER_SOCKET_FACTORY_ATTRIBUTE, loopbackOnly);
      String host = loopback.getHostAddress();
      var url = new JMXServiceURL("service:jmx:rmi://" + host + ":" + remotePort
          + "/jndi/rmi://" + host + ":" + remotePort + "/jmxrmi");
      JMXConnectorServer connector = JMXConnectorServerFactory.newJMXConnectorServer(url,
          environment, ManagementFactory.getPlatformMBeanServer());
      connector.start();
      return new JmxPublisher(reporter, connector, registry);
    } catch (IOException failure) {
      reporter.stop();
      throw new UncheckedIOException("cannot open remote JMX on 127.0.0.1:" + remotePort, failure);
    }
  }

  @Override
  public void close() {
    reporter.stop();
    try {
      if (connector != null) {
        connector.stop();
      }
      if (registry != null) {
        UnicastRemoteObject.unexportObject(registry, true);
      }
    } catch (IOException failure) {
      // stopping; nothing to do with the failure
    }
  }
}
