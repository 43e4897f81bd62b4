package stockassistant.bootstrap.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A raw HTTP/1.1 client that sends one GET and then reads its answer as slowly as it likes, or
 * hangs up half-way: what a phone on a bad network, or a script killed mid-download, does.
 */
final class SlowClient implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;

  private SlowClient(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
  }

  static SlowClient get(int port, String path) throws IOException {
    var socket = new Socket();
    // a small window, so the server's writes stall as soon as the client stops reading
    socket.setReceiveBufferSize(4 * 1024);
    socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
    OutputStream out = socket.getOutputStream();
    out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return new SlowClient(socket);
  }

  /** Reads up to {@code bytes}; returns how many arrived (0 at the end of the answer). */
  int read(int bytes) throws IOException {
    byte[] buffer = new byte[bytes];
    int total = 0;
    while (total < bytes) {
      int n = in.read(buffer, total, bytes - total);
      if (n < 0) {
        break;
      }
      total += n;
    }
    return total;
  }

  /** Hangs up with a reset, as a killed process's kernel does. */
  void hangUp() throws IOException {
    socket.setSoLinger(true, 0);
    socket.close();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
