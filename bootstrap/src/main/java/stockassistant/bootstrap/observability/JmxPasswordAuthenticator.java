package stockassistant.bootstrap.observability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import javax.management.remote.JMXAuthenticator;
import javax.management.remote.JMXPrincipal;
import javax.security.auth.Subject;

/**
 * One user and password for the remote JMX connector, given by JConsole as
 * {@code String[]{user, password}}. Both are compared in constant time, and a failure says
 * nothing about which of the two was wrong.
 */
final class JmxPasswordAuthenticator implements JMXAuthenticator {
  private final byte[] user;
  private final byte[] password;
  private final String userName;

  JmxPasswordAuthenticator(String user, String password) {
    this.userName = user;
    this.user = user.getBytes(StandardCharsets.UTF_8);
    this.password = password.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Subject authenticate(Object credentials) {
    if (!(credentials instanceof String[] given) || given.length != 2 || given[0] == null
        || given[1] == null) {
      throw new SecurityException("JMX needs a user and password");
    }
    boolean userMatches = MessageDigest.isEqual(user, given[0].getBytes(StandardCharsets.UTF_8));
    boolean passwordMatches =
        MessageDigest.isEqual(password, given[1].getBytes(StandardCharsets.UTF_8));
    if (!userMatches || !passwordMatches) {
      throw new SecurityException("JMX authentication failed");
    }
    return subject(userName);
  }

  /**
   * With JMX_AUTHENTICATE=false: lets every client in, with or without credentials, as
   * {@code user}, so that the access file's role still applies to it.
   */
  static JMXAuthenticator anyoneAs(String user) {
    return credentials -> subject(user);
  }

  private static Subject subject(String user) {
    return new Subject(true, Set.of(new JMXPrincipal(user)), Set.of(), Set.of());
  }
}
