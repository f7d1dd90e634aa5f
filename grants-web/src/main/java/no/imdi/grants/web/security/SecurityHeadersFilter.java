package no.imdi.grants.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response: a Content-Security-Policy that allows only this origin and
 * forbids framing (scripts are limited by the nonce policy PrimeFaces adds to each page), no MIME
 * sniffing, no referrer outside the site, and no caching of pages that show personal data.
 */
public class SecurityHeadersFilter extends HttpFilter {

  /**
   * Everything but scripts: PrimeFaces adds its own policy with {@code script-src 'self'
   * 'nonce-...'} to every page (both policies apply), and the other responses carry no scripts.
   */
  static final String CSP =
      "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("Content-Security-Policy", CSP);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "same-origin");
    if (!req.getRequestURI().contains("/jakarta.faces.resource/")) {
      res.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(req, res);
  }
}
