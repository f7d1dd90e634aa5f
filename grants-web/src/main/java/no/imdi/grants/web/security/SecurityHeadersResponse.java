package no.imdi.grants.web.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response as the application sees it behind {@link SecurityHeadersFilter}: a
 * Content-Security-Policy added later (PrimeFaces' page policy with its nonce) replaces the
 * filter's instead of joining it, so that a page has one policy, the one with the nonce.
 */
final class SecurityHeadersResponse extends HttpServletResponseWrapper {

  static final String CSP = "Content-Security-Policy";

  SecurityHeadersResponse(HttpServletResponse response) {
    super(response);
  }

  @Override
  public void addHeader(String name, String value) {
    if (CSP.equalsIgnoreCase(name)) {
      super.setHeader(name, value);
    } else {
      super.addHeader(name, value);
    }
  }
}
