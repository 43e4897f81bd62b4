package stockassistant.adapters.web.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * One file of the dashboard, read from the classpath once at start, gzipped once, and
 * identified by a hash of its content: a browser revalidates with If-None-Match and gets a 304
 * until the jar changes, and nobody pays for compressing ECharts on every load.
 */
record Asset(String contentType, byte[] plain, byte[] gzipped, String etag) {

  static Asset fromClasspath(String resource, String contentType) {
    try (InputStream in = Asset.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("dashboard resource missing from the jar: " + resource);
      }
      byte[] plain = in.readAllBytes();
      return new Asset(contentType, plain, gzip(plain), etagOf(plain));
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private static byte[] gzip(byte[] plain) throws IOException {
    var out = new ByteArrayOutputStream(plain.length / 3);
    try (var gzip = new GZIPOutputStream(out)) {
      gzip.write(plain);
    }
    return out.toByteArray();
  }

  private static String etagOf(byte[] plain) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain);
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22)
          + "\"";
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
