package no.imdi.grants.web.security;

/**
 * A redirect target on this server written as a path ({@code /login.xhtml}) instead of an absolute
 * URL. An absolute URL built from the request carries whatever Host header the client sent, so a
 * request with {@code Host: evil.example} would be sent on to evil.example; a path stays on the
 * server the browser is already talking to. Targets on other origins are left as they are.
 */
final class PathOnlyLocation {

  private PathOnlyLocation() {}

  /** The location as a path when it points at the request's own scheme, host and port. */
  static String of(String location, String scheme, String host, int port) {
    if (location == null) {
      return null;
    }
    String origin = scheme + "://" + host;
    String[] candidates =
        port == defaultPort(scheme)
            ? new String[] {origin + ":" + port, origin}
            : new String[] {origin + ":" + port};
    for (String candidate : candidates) {
      if (location.regionMatches(true, 0, candidate, 0, candidate.length())
          && endsAuthority(location, candidate.length())) {
        String rest = location.substring(candidate.length());
        return rest.startsWith("/") ? rest : "/" + rest;
      }
    }
    return location;
  }

  private static boolean endsAuthority(String location, int at) {
    return at == location.length() || "/?#".indexOf(location.charAt(at)) >= 0;
  }

  private static int defaultPort(String scheme) {
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }
}
