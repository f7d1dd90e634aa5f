package no.imdi.grants.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response, error pages included (web.xml maps it to both): the {@link
 * ContentSecurityPolicy}, no MIME sniffing, no referrer outside the site, no caching of pages that
 * show personal data, and over TLS a Strict-Transport-Security header (not over plain HTTP, where
 * browsers ignore it). Redirects leave as paths (see {@link SecurityHeadersResponse}).
 */
public class SecurityHeadersFilter extends HttpFilter {

  static final String HSTS = "max-age=31536000; includeSubDomains";

  @Inject private ContentSecurityPolicy policy;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader(
        SecurityHeadersResponse.CSP,
        policy == null ? ContentSecurityPolicy.POLICY : policy.getPolicy());
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "same-origin");
    if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", HSTS);
    }
    if (!req.getRequestURI().contains("/jakarta.faces.resource/")) {
      res.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(req, new SecurityHeadersResponse(req, res));
  }
}
