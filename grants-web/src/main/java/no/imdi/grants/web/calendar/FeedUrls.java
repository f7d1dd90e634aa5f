package no.imdi.grants.web.calendar;

import jakarta.servlet.http.HttpServletRequest;

/** The application's root URL as the request reached it, and a feed's URL under it. */
final class FeedUrls {

  private FeedUrls() {}

  static String root(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + request.getServerName()
        + (defaultPort ? "" : ":" + port)
        + request.getContextPath()
        + "/";
  }

  static String feed(HttpServletRequest request, String token) {
    return root(request) + "calendar/" + token + CalendarFeedServlet.SUFFIX;
  }
}
