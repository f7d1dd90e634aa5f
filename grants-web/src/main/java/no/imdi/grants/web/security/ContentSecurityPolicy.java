package no.imdi.grants.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The Content-Security-Policy of the application: everything from this origin only ({@code
 * default-src 'self'}), no plugins, no framing, forms posted only here. Pages get it through
 * PrimeFaces' CSP mode ({@code primefaces.CSP_POLICY} in web.xml reads {@link #getPolicy()}), which
 * appends the response's script nonce to the closing {@code script-src}; every other response gets
 * it from {@link SecurityHeadersFilter} as it is. One policy per response, so a nonce'd inline
 * script is never blocked by a second policy without the nonce.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

  /** Ends with {@code script-src} on purpose: PrimeFaces appends {@code 'nonce-...'} to it. */
  static final String POLICY =
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'; script-src 'self'";

  public String getPolicy() {
    return POLICY;
  }
}
