package no.imdi.grants.bench.load;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * The cookies of one virtual user, kept as a browser keeps them: a {@code Secure} cookie is also
 * sent over plain http to a loopback address, which browsers treat as a secure context and {@link
 * CookieManager} does not. The identity provider of a local single sign-on run (Keycloak on
 * 127.0.0.1) marks its login cookies {@code Secure}; without this its login form answers 400.
 */
final class BrowserCookies extends CookieHandler {

  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

  @Override
  public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders)
      throws IOException {
    return cookies.get(asBrowserSeesIt(uri), requestHeaders);
  }

  @Override
  public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
    cookies.put(asBrowserSeesIt(uri), responseHeaders);
  }

  private static URI asBrowserSeesIt(URI uri) {
    String host = uri.getHost();
    boolean loopback = "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host);
    if (!"http".equalsIgnoreCase(uri.getScheme()) || !loopback) {
      return uri;
    }
    try {
      return new URI(
          "https", uri.getUserInfo(), host, uri.getPort(), uri.getPath(), uri.getQuery(), null);
    } catch (URISyntaxException e) {
      return uri;
    }
  }
}
