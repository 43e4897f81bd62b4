package stockassistant.bootstrap.observability;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Set;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** What a JMX client such as JConsole does: connect to the service URL with user and password. */
final class RemoteJmx {
  private RemoteJmx() {}

  static JMXConnector connect(int port, String user, String password) throws Exception {
    return JMXConnectorFactory.connect(new JMXServiceURL(JmxPublisher.serviceUrl(port)),
        Map.of(JMXConnector.CREDENTIALS, new String[] {user, password}));
  }

  static ObjectName find(Set<ObjectName> names, String fragment) {
    return names.stream().filter(name -> name.toString().contains(fragment)).findFirst()
        .orElse(null);
  }

  static int freePort() throws Exception {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
