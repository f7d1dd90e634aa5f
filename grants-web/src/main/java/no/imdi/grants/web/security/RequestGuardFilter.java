package no.imdi.grants.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.imdi.grants.security.RequestOrigin;
import no.imdi.grants.web.shared.UploadTooLarge;

/**
 * Checks every page request before it reaches the pages: form data is read as UTF-8; a request that
 * carries a form's view state (a form submission) must be a POST, so that nothing, a password least
 * of all, is accepted from a query string; and a parameter with a control character (a NUL byte
 * cannot be stored in PostgreSQL, and no form field needs one) is answered 400 with the error page
 * instead of failing deep inside. It also tells the services where the request came from.
 */
public class RequestGuardFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String VIEW_STATE = "jakarta.faces.ViewState";

  @Inject private RequestOrigin origin;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    origin.setAddress(req.getRemoteAddr());
    if (req.getCharacterEncoding() == null) {
      req.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    String query = req.getQueryString();
    if (!"POST".equals(req.getMethod()) && query != null && query.contains(VIEW_STATE)) {
      res.setHeader("Allow", "POST");
      res.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    Map<String, String[]> parameters;
    try {
      parameters = req.getParameterMap();
    } catch (IllegalStateException e) {
      if (!UploadTooLarge.isUpload(req)) {
        throw e;
      }
      UploadTooLarge.refuse(req, res);
      return;
    }
    if (hasControlCharacters(query) || hasControlCharacters(parameters)) {
      res.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    chain.doFilter(req, res);
  }

  static boolean hasControlCharacters(Map<String, String[]> parameters) {
    for (Map.Entry<String, String[]> p : parameters.entrySet()) {
      if (hasControlCharacters(p.getKey())) {
        return true;
      }
      for (String value : p.getValue()) {
        if (hasControlCharacters(value)) {
          return true;
        }
      }
    }
    return false;
  }

  /** C0 controls but tab, line feed and carriage return (typed in text areas), DEL, and %00. */
  static boolean hasControlCharacters(String value) {
    if (value == null) {
      return false;
    }
    if (value.contains("%00")) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return true;
      }
    }
    return false;
  }
}
