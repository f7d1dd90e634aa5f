package no.imdi.grants.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Ends a request with an HTTP error status (the error pages explain it in the user's language). */
public final class Pages {

  private Pages() {}

  public static void refuse(FacesContext faces, int status) {
    ExternalContext external = faces.getExternalContext();
    try {
      external.responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
