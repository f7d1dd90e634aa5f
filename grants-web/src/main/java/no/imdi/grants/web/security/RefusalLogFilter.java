package no.imdi.grants.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.imdi.grants.audit.SecurityEvent.Kind;
import no.imdi.grants.audit.SecurityLog;
import no.imdi.grants.security.RequestOrigin;

/**
 * Writes every refused page request (HTTP 403) to the security log, with the page and query that
 * were asked for: refusals by role that the container decides before any page runs (seen when the
 * error page is dispatched) and refusals of the pages themselves. A refusal that a service already
 * logged with its details (see {@code RefusalAudit}) is not logged twice.
 */
public class RefusalLogFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String LOGGED = RefusalLogFilter.class.getName() + ".logged";

  @Inject private SecurityLog log;
  @Inject private RequestOrigin origin;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getDispatcherType() == DispatcherType.ERROR) {
      Object status = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
      if (Integer.valueOf(403).equals(status) && req.getAttribute(LOGGED) == null) {
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        record(req, req.getMethod() + " " + uri, "Refused by role");
      }
      chain.doFilter(req, res);
      return;
    }
    chain.doFilter(req, res);
    if (res.getStatus() == HttpServletResponse.SC_FORBIDDEN && req.getAttribute(LOGGED) == null) {
      if (!origin.isRefusalRecorded()) {
        String query = req.getQueryString();
        record(
            req,
            req.getMethod() + " " + req.getRequestURI() + (query == null ? "" : "?" + query),
            "Refused by the page");
      } else {
        req.setAttribute(LOGGED, Boolean.TRUE);
      }
    }
  }

  private void record(HttpServletRequest req, String target, String detail) {
    req.setAttribute(LOGGED, Boolean.TRUE);
    log.recordFor(
        Kind.REFUSED,
        req.getUserPrincipal() == null ? null : req.getUserPrincipal().getName(),
        req.getRemoteAddr(),
        target,
        detail);
  }
}
