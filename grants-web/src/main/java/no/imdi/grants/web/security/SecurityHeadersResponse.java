package no.imdi.grants.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The response as the application sees it behind {@link SecurityHeadersFilter}: a
 * Content-Security-Policy added later (PrimeFaces' page policy with its nonce) replaces the
 * filter's instead of joining it, and redirects and Location headers to this server are written as
 * paths, never with the client's Host header.
 */
final class SecurityHeadersResponse extends HttpServletResponseWrapper {

  static final String CSP = "Content-Security-Policy";

  private final HttpServletRequest request;

  SecurityHeadersResponse(HttpServletRequest request, HttpServletResponse response) {
    super(response);
    this.request = request;
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    super.sendRedirect(pathOnly(location));
  }

  @Override
  public void setHeader(String name, String value) {
    super.setHeader(name, "Location".equalsIgnoreCase(name) ? pathOnly(value) : value);
  }

  @Override
  public void addHeader(String name, String value) {
    if (CSP.equalsIgnoreCase(name) || "Location".equalsIgnoreCase(name)) {
      setHeader(name, value);
    } else {
      super.addHeader(name, value);
    }
  }

  private String pathOnly(String location) {
    return PathOnlyLocation.of(
        location, request.getScheme(), request.getServerName(), request.getServerPort());
  }
}
