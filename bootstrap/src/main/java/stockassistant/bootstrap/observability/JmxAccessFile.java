package stockassistant.bootstrap.observability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The JDK's own read-only / read-write roles for the remote connector: the access file that
 * {@code -Dcom.sun.management.jmxremote.access.file} names for the built-in agent, given to our
 * connector as the {@code jmx.remote.x.access.file} environment attribute. One line,
 * {@code <JMX_USER> readonly} (or {@code readwrite}).
 *
 * <p>What the JDK enforces with it (MBeanServerFileAccessController, checked in RemoteJmxIT):
 * {@code readonly} reads attributes and MBean descriptions, queries names and listens to
 * notifications; invoking an operation, writing an attribute, creating or unregistering an MBean
 * are refused. {@code readwrite} adds operations and attribute writes, but still neither
 * creates nor unregisters an MBean (that would take the file's {@code create} / {@code
 * unregister} clauses, which we never write).
 *
 * <p>The hazard: the check applies to the authenticated Subject's principal, and a client
 * without a Subject (a connector without an authenticator) is allowed everything. So an
 * authenticator is always installed, even with JMX_AUTHENTICATE=false
 * ({@link JmxPasswordAuthenticator#anyoneAs}).
 */
final class JmxAccessFile {
  static final String ATTRIBUTE = "jmx.remote.x.access.file";

  private JmxAccessFile() {}

  /** A fresh file only its owner can read (the JDK reads it once, at the connector's start). */
  static Path write(JmxSettings access) throws IOException {
    Path file = Files.createTempFile("stock-assistant-jmx-", ".access");
    var roles = new Properties();
    roles.setProperty(access.user(), access.readWrite() ? "readwrite" : "readonly");
    try (OutputStream out = Files.newOutputStream(file)) {
      // escapes a user name holding spaces, '=', ':' or non-Latin-1 letters as the JDK reads it
      roles.store(out, null);
    }
    return file;
  }
}
