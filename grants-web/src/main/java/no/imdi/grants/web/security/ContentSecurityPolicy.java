package no.imdi.grants.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;

/**
 * The Content-Security-Policy of the application: everything from this origin only ({@code
 * default-src 'self'}), no plugins, no framing, forms posted only here. Pages get it through
 * PrimeFaces' CSP mode ({@code primefaces.CSP_POLICY} in web.xml reads {@link #getPolicy()}), which
 * appends the response's script nonce to the closing {@code script-src}; every other response gets
 * it from {@link SecurityHeadersFilter} as it is. One policy per response, so a nonce'd inline
 * script is never blocked by a second policy without the nonce. With single sign-on the logout form
 * may also lead to the identity provider's logout ({@code form-action} names its origin, since
 * browsers check a form's redirects too).
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

  /** Ends with {@code script-src} on purpose: PrimeFaces appends {@code 'nonce-...'} to it. */
  static final String POLICY =
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'; script-src 'self'";

  @Inject private OidcProvider provider;

  public String getPolicy() {
    String endSession =
        provider == null
            ? null
            : provider
                .knownDiscovery()
                .map(OidcProvider.Discovery::endSessionEndpoint)
                .orElse(null);
    return withFormAction(endSession);
  }

  /** The policy whose forms may also lead to the origin of {@code target} (if any). */
  static String withFormAction(String target) {
    if (target == null) {
      return POLICY;
    }
    URI uri = URI.create(target);
    String origin =
        uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    return POLICY.replace("form-action 'self';", "form-action 'self' " + origin + ";");
  }
}
