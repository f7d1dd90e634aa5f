package no.imdi.grants.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import no.imdi.grants.security.Role;

/**
 * The ministry (the appeal body, R-AP-7) sees the complaints forwarded to it and nothing else of
 * the system: for a caller in the MINISTRY role every page but its own two and the overview (and
 * the password page, the login, the error pages and the static resources) answers 403, which {@link
 * RefusalLogFilter} writes to the security log. The services refuse it again for anything outside a
 * forwarded complaint's bundle, whatever route a request takes.
 */
public class MinistryPagesFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final Set<String> PAGES =
      Set.of(
          "/",
          "/index.xhtml",
          "/login.xhtml",
          "/app/dashboard.xhtml",
          "/app/ministry.xhtml",
          "/app/ministry-complaint.xhtml",
          "/app/password.xhtml",
          "/app/keep-alive");
  static final List<String> PREFIXES =
      List.of("/error/", "/jakarta.faces.resource/", "/resources/", "/favicon.ico");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getUserPrincipal() != null
        && req.isUserInRole(Role.MINISTRY_NAME)
        && !allowed(path(req))) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(req, res);
  }

  static boolean allowed(String path) {
    return PAGES.contains(path) || PREFIXES.stream().anyMatch(path::startsWith);
  }

  private static String path(HttpServletRequest req) {
    String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    return path.isEmpty() ? "/" : path;
  }
}
