package no.imdi.grants.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client for the pages: keeps cookies, logs in through the login form, follows
 * redirects, and speaks TLS to the test server when the base URL is https.
 */
public final class WebClient {

  private static final Pattern NONCE = Pattern.compile("csp\\.init\\('([^']+)'\\)");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  public WebClient(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5));
    if (this.baseUrl.startsWith("https:")) {
      builder.sslContext(LoopbackTls.context());
    }
    this.client = builder.build();
  }

  /** GET of a path below the base URL, with header names and values in pairs. */
  public HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return client.send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Logs in through the login page; returns the page the login led to. */
  public HttpResponse<String> login(String username, String password)
      throws IOException, InterruptedException {
    HttpResponse<String> page = get("login.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("loginForm", "loginForm");
    form.put("loginForm:username", username);
    form.put("loginForm:password", password);
    form.put("loginForm:submit", "");
    form.put("jakarta.faces.ViewState", viewState(page.body()));
    form.put("primefaces.nonce", nonce(page.body()));
    return postForm("login.xhtml", form);
  }

  public String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(c -> c.getValue())
        .findFirst()
        .orElse(null);
  }

  public static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("No view state in page");
    }
    return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
  }

  /** The page's Content-Security-Policy nonce, which PrimeFaces expects back with a post. */
  public static String nonce(String html) {
    Matcher m = NONCE.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("No CSP nonce in page");
    }
    return m.group(1);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
