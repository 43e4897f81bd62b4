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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXServiceURL;
import javax.management.remote.rmi.RMIConnectorServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.persistence.secrets.OwnerOnlyFiles;

/**
 * Publishes every metric as an MBean under the {@code stockassistant} domain, and, when
 * JMX_PORT is set, opens a remote JMX connector bound to loopback only, so JConsole or VisualVM
 * on this machine (or through an SSH tunnel) can attach while nothing is exposed to the network.
 *
 * <p>Loopback is not a wall on a shared machine: every local user reaches it, and an open
 * JMX/RMI endpoint runs code for whoever can invoke MBeans. So the connector asks for a user and
 * password ({@link JmxSettings}) and is read-only unless configured otherwise, enforced by the
 * JDK's own access file ({@link JmxAccessFile}); running it without authentication takes an
 * explicit setting and logs a warning at every start.
 */
public final class JmxPublisher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(JmxPublisher.class);
  public static final String DOMAIN = "stockassistant";

  private final JmxReporter reporter;
  private final JMXConnectorServer connector;
  private final Registry registry;

  private JmxPublisher(JmxReporter reporter, JMXConnectorServer connector, Registry registry) {
    this.reporter = reporter;
    this.connector = connector;
    this.registry = registry;
  }

  public static JmxPublisher start(MetricRegistry metrics, Integer remotePort, JmxSettings access) {
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
      String who = authenticate(environment, access);
      String host = loopback.getHostAddress();
      var url = new JMXServiceURL("service:jmx:rmi://" + host + ":" + remotePort
          + "/jndi/rmi://" + host + ":" + remotePort + "/jmxrmi");
      Path accessFile = JmxAccessFile.write(access);
      environment.put(JmxAccessFile.ATTRIBUTE, accessFile.toString());
      JMXConnectorServer connector;
      try {
        connector = JMXConnectorServerFactory.newJMXConnectorServer(url, environment,
            ManagementFactory.getPlatformMBeanServer());
        // the connector reads the roles once, as it starts; the file is not needed afterwards
        connector.start();
      } finally {
        Files.deleteIfExists(accessFile);
      }
      log.info("Remote JMX on {} ({}, {})", serviceUrl(remotePort), who,
          access.readWrite() ? "read-write" : "read-only");
      return new JmxPublisher(reporter, connector, registry);
    } catch (IOException failure) {
      reporter.stop();
      throw new UncheckedIOException("cannot open remote JMX on 127.0.0.1:" + remotePort, failure);
    }
  }

  /** Puts the authenticator in place; returns who may connect, for the start-up line. */
  private static String authenticate(Map<String, Object> environment, JmxSettings access) {
    if (!access.authenticate()) {
      log.warn("Remote JMX has NO authentication (JMX_AUTHENTICATE=false): any user on this "
          + "machine can attach{}", access.readWrite() ? " and invoke operations" : "");
      // still a Subject for every client: the JDK's access file grants everything to none
      environment.put(JMXConnectorServer.AUTHENTICATOR, JmxPasswordAuthenticator.anyoneAs(
          access.user()));
      return "no authentication";
    }
    String password = access.password().orElseGet(() -> {
      Path file = access.generatedPasswordFile();
      OwnerOnlyFiles.secureDirectory(file.toAbsolutePath().getParent(), "STOCK_DATA_DIR");
      return OwnerOnlyFiles.readOrCreateSecret(file);
    });
    environment.put(JMXConnectorServer.AUTHENTICATOR,
        new JmxPasswordAuthenticator(access.user(), password));
    return "user " + access.user() + ", password " + (access.password().isPresent()
        ? "from JMX_PASSWORD" : "in " + access.generatedPasswordFile());
  }

  /** What JConsole takes: {@code service:jmx:rmi:///jndi/rmi://127.0.0.1:PORT/jmxrmi}. */
  public static String serviceUrl(int port) {
    return "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi";
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
