package stockassistant.adapters.persistence.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy that can make every open connection go silent without closing it — what
 * a firewall or NAT that forgets its state does. Bytes on a frozen link are read and dropped, so
 * neither side sees an error; only timeouts can notice. While frozen, new links are silent too;
 * after {@link #heal()} new links work again and the frozen ones stay dead.
 */
public final class FreezingProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final int targetPort;
  private final List<Link> links = new CopyOnWriteArrayList<>();
  private volatile boolean freezeNewLinks;
  private volatile boolean closed;

  public FreezingProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "freezing-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** Every open link goes silent, and so does every new one until {@link #heal()}. */
  public void freeze() {
    freezeNewLinks = true;
    links.forEach(link -> link.frozen = true);
  }

  public void heal() {
    freezeNewLinks = false;
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket();
        server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 2_000);
        var link = new Link(client, server, freezeNewLinks);
        links.add(link);
        pump(link, client, server, "up");
        pump(link, server, client, "down");
      } catch (IOException acceptFailure) {
        if (closed) {
          return;
        }
      }
    }
  }

  private static void pump(Link link, Socket from, Socket to, String direction) {
    Thread pump = new Thread(() -> {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream()) {
        OutputStream out = to.getOutputStream();
        int read;
        while ((read = in.read(buffer)) >= 0) {
          if (!link.frozen) {
            out.write(buffer, 0, read);
            out.flush();
          }
        }
      } catch (IOException linkClosed) {
        // one side went away; the other pump notices on its own
      } finally {
        if (!link.frozen) {
          link.close();
        }
      }
    }, "freezing-proxy-" + direction);
    pump.setDaemon(true);
    pump.start();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    listener.close();
    links.forEach(Link::close);
  }

  private static final class Link {
    final Socket client;
    final Socket server;
    volatile boolean frozen;

    Link(Socket client, Socket server, boolean frozen) {
      this.client = client;
      this.server = server;
      this.frozen = frozen;
    }

    void close() {
      try {
        client.close();
        server.close();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }
}
