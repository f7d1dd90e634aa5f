package no.imdi.grants.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The browser of one virtual user: its own connections and cookie session, redirects not followed
 * (the user checks them), form posts and PrimeFaces AJAX posts sent with the headers a browser
 * sends.
 */
final class UserSession {

  private final URI base;
  private final Duration timeout;
  private final HttpClient client;

  UserSession(URI base, Duration timeout) {
    this.base = base;
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new BrowserCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
  }

  /** A path relative to the base URL, or a link as the page wrote it ("/app/person.xhtml?id=1"). */
  URI resolve(String link) {
    return base.resolve(link);
  }

  Exchange get(String link) throws InterruptedException {
    return send(
        request(resolve(link))
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .GET()
            .build());
  }

  Exchange postForm(String link, List<Map.Entry<String, String>> fields)
      throws InterruptedException {
    return send(
        request(resolve(link))
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
            .build());
  }

  Exchange postAjax(String link, List<Map.Entry<String, String>> fields)
      throws InterruptedException {
    return send(
        request(resolve(link))
            .header("Accept", "application/xml, text/xml, */*; q=0.01")
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .header("Faces-Request", "partial/ajax")
            .header("X-Requested-With", "XMLHttpRequest")
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
            .build());
  }

  private HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(timeout).header("Accept-Language", "nb-NO,nb;q=0.9");
  }

  private Exchange send(HttpRequest request) throws InterruptedException {
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Exchange(
          request.method(),
          request.uri(),
          response.statusCode(),
          response.headers().firstValue("Location"),
          response.body(),
          System.nanoTime() - start);
    } catch (IOException e) {
      return Exchange.failed(request.method(), request.uri(), e, System.nanoTime() - start);
    }
  }

  private static String encode(List<Map.Entry<String, String>> fields) {
    return fields.stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
