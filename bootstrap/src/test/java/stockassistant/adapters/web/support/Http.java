package stockassistant.adapters.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** java.net.http against the server's real socket. */
public final class Http {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final int port;

  Http(int port) {
    this.port = port;
  }

  public Response get(String path, String... headers) {
    return send("GET", path, null, null, headers);
  }

  public Response postJson(String path, String body, String... headers) {
    return send("POST", path, body, "application/json", headers);
  }

  public Response putJson(String path, String body, String... headers) {
    return send("PUT", path, body, "application/json", headers);
  }

  public Response delete(String path, String... headers) {
    return send("DELETE", path, null, null, headers);
  }

  /** A GET whose body is kept as bytes (an Arrow stream, a gzip body). */
  public HttpResponse<byte[]> bytes(String path, String... headers) {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException failure) {
      throw new IllegalStateException(failure);
    }
  }

  public Response send(String method, String path, String body, String contentType, String... headers) {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return new Response(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException | InterruptedException failure) {
      throw new IllegalStateException(failure);
    }
  }

  public record Response(HttpResponse<String> raw) {
    public int status() {
      return raw.statusCode();
    }

    public String body() {
      return raw.body();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException notJson) {
        throw new AssertionError("not JSON: " + raw.body(), notJson);
      }
    }

    /** A problem+json answer with this status whose detail names {@code field}. */
    public Response isProblem(int status, String field) {
      assertThat(status()).as(body()).isEqualTo(status);
      assertThat(header("Content-Type")).startsWith("application/problem+json");
      JsonNode problem = json();
      assertThat(problem.get("type").asText()).isNotEmpty();
      assertThat(problem.get("title").asText()).isNotEmpty();
      assertThat(problem.get("status").asInt()).isEqualTo(status);
      assertThat(problem.get("detail").asText()).contains(field);
      assertThat(body()).doesNotContain("Exception").doesNotContain("\tat ")
          .doesNotContainIgnoringCase("select ").doesNotContainIgnoringCase("insert into");
      return this;
    }
  }
}
