package no.imdi.grants.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The page a user asked for before being sent to log in, to return to after the login. Only a page
 * of this application's own case or administration pages is kept, as a path, so that a crafted link
 * cannot send a user elsewhere after logging in.
 */
final class ReturnTo {

  static final int MAX_LENGTH = 2000;

  private ReturnTo() {}

  static String of(HttpServletRequest request) {
    String query = request.getQueryString();
    String path =
        request.getRequestURI().substring(request.getContextPath().length())
            + (query == null ? "" : "?" + query);
    return safe(path);
  }

  /** The path if it is one of ours, else null. */
  static String safe(String path) {
    if (path == null
        || path.length() > MAX_LENGTH
        || !(path.startsWith("/app/") || path.startsWith("/admin/"))
        || path.contains("//")
        || path.contains("\\")
        || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return null;
    }
    return path;
  }
}
