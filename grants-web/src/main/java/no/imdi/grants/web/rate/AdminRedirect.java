package no.imdi.grants.web.rate;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * After a successful save the administration page redirects to itself (post-redirect-get), with the
 * history of what was changed open and scrolled into view, and the message kept for the next
 * request.
 */
final class AdminRedirect {

  private static final String PAGE = "/admin/rates.xhtml";

  private AdminRedirect() {}

  static void toHistory(FacesContext faces, String parameter, String value) {
    ExternalContext external = faces.getExternalContext();
    external.getFlash().setKeepMessages(true);
    try {
      external.redirect(
          external.getRequestContextPath()
              + PAGE
              + "?"
              + parameter
              + "="
              + URLEncoder.encode(value, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
