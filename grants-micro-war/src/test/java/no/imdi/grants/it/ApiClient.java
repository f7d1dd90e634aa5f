package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Talks HTTP to the running application at the base URL in system property {@code
 * grants.it.baseUrl} ({@code http://127.0.0.1:8180/}), without login and without following
 * redirects, and reads JSON answers and RFC 9457 problems.
 */
final class ApiClient {

  static final String BASE_URL_PROPERTY = "grants.it.baseUrl";

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  ApiClient() {
    String url = System.getProperty(BASE_URL_PROPERTY);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "Set -D" + BASE_URL_PROPERTY + "=http://127.0.0.1:<port>/ to the running application");
    }
    this.base = URI.create(url.endsWith("/") ? url : url + "/");
  }

  /** GET of a path relative to the base URL ("api/v1/rules/holidays?year=2024"). */
  HttpResponse<String> get(String path, String language) {
    return send(request(base.resolve(path), language).GET().build());
  }

  /** GET of a path from the server's root ("/openapi"), wherever the application is deployed. */
  HttpResponse<String> getFromRoot(String path) {
    return send(request(base.resolve(path), null).GET().build());
  }

  /** OPTIONS of a path relative to the base URL. */
  HttpResponse<String> options(String path) {
    return send(
        request(base.resolve(path), null)
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .build());
  }

  /** GET of a path from the server's root, asking for a media type ("application/json"). */
  HttpResponse<String> getFromRoot(String path, String accept) {
    return send(request(base.resolve(path), null).header("Accept", accept).GET().build());
  }

  /**
   * POST of a JSON body over HTTP/1.1, with its {@code Content-Length} or of unknown length ({@code
   * Transfer-Encoding: chunked}). HTTP/1.1 because over HTTP/2 this client does not take an answer
   * that comes before it has sent the whole body, as a refusal of a too large body does.
   */
  HttpResponse<String> postBytes(String path, byte[] json, boolean chunked, String language) {
    return send(
        request(base.resolve(path), language)
            .version(HttpClient.Version.HTTP_1_1)
            .header("Content-Type", "application/json")
            .POST(
                chunked
                    ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))
                    : HttpRequest.BodyPublishers.ofByteArray(json))
            .build());
  }

  HttpResponse<String> post(String path, String json, String language) {
    return send(
        request(base.resolve(path), language)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** The JSON object of a 200 answer. */
  static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    return parse(response.body());
  }

  /** Asserts a 400 problem naming the parameter, and returns it. */
  static JsonObject badParameter(HttpResponse<String> response, String parameter) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = parse(response.body());
    assertThat(problem.getString("type")).isNotBlank();
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getInt("status")).isEqualTo(400);
    assertThat(problem.getString("detail")).isNotBlank();
    assertThat(problem.getString("parameter")).isEqualTo(parameter);
    return problem;
  }

  static JsonObject parse(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static HttpRequest.Builder request(URI uri, String language) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
    if (language != null) {
      builder.header("Accept-Language", language);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("No answer from " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
