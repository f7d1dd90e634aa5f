package no.imdi.grants.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * A form with an upload larger than the container's multipart limit (20 MB a file) cannot be read
 * at all: the container refuses to parse it, so no page can answer it. The request is answered by
 * sending the user back to the page they sent it from (the same application, by its address), which
 * then says why, instead of an error page; nothing of the upload is kept.
 */
public final class UploadTooLarge {

  private static final String FLAG = "grants.uploadTooLarge";

  private UploadTooLarge() {}

  /** Whether the request is a multipart form (an upload). */
  public static boolean isUpload(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
  }

  /** Notes the refusal for the next page of the session and sends the user back (303). */
  public static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.setAttribute(FLAG, Boolean.TRUE);
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", back(request));
  }

  /** Whether the last upload of the session was too large to read (told once). */
  public static boolean take(ExternalContext external) {
    Map<String, Object> session = external.getSessionMap();
    return session.remove(FLAG) != null;
  }

  /** The page the form came from, when it is one of this application's pages; else the start. */
  static String back(HttpServletRequest request) {
    String context = request.getContextPath();
    String referer = request.getHeader("Referer");
    if (referer != null) {
      try {
        URI uri = new URI(referer);
        String path = uri.getRawPath();
        String host = request.getServerName();
        if (path != null
            && (uri.getHost() == null || uri.getHost().equalsIgnoreCase(host))
            && path.startsWith(context + "/app/")
            && !path.contains("..")) {
          return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
      } catch (URISyntaxException e) {
        // not an address: go to the start
      }
    }
    return context + "/";
  }
}
